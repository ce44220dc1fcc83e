"""A batch of scenes on dask.distributed: one task per scene, progress and a summary.

The manifest is a CSV file with one row per scene: the columns ``output`` and one per input
of the method (``lst``, ``ndvi``, and e.g. ``predictors`` for DMS, several files separated by
';'). Relative paths are relative to the manifest's folder.
"""

import csv
import os
import sys
from dataclasses import dataclass

from ..core.errors import DownscalingError
from .run import run_scene
from .split import split_pixels

DASK_HINT = ("The batch command runs on Dask, which is not installed: 'apt install python3-distributed' "
             "(Debian, Ubuntu) or 'pip install \"dask[distributed]\"'. The run command works without it.")


@dataclass
class Scene:
    """A manifest row: its number (the header is row 1), its output, and its Request or the
    message that says why it cannot run."""

    row: int
    output: str
    request: object = None
    error: str = None


def read_manifest(path, method, options):
    """The Scenes of the manifest at ``path`` (``options``: the method's, parsed); a row with bad
    input becomes a failed Scene, a manifest that cannot be read as one a DownscalingError."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as file:
            reader = csv.DictReader(file)
            rows = [(reader.line_num, row) for row in reader]  # the line a row ends on: blank lines are skipped
            columns = [name.strip().lower() for name in reader.fieldnames or []]
    except OSError as error:
        raise DownscalingError(f"Cannot read the manifest {path}: {error.strerror}.") from error
    except (UnicodeDecodeError, csv.Error) as error:
        raise DownscalingError(f"The manifest {path} is not a CSV file in UTF-8 ({error}): save it as "
                               "'CSV UTF-8' (comma-separated).") from error
    known = {spec.key for spec in method.inputs} | {"output"}
    needed = {spec.key for spec in method.inputs if spec.required} | {"output"}
    if not rows:
        raise DownscalingError(f"The manifest {path} has no scene: write a header line "
                               f"({','.join(sorted(needed))}) and one line per scene.")
    if not needed <= set(columns) or not set(columns) <= known:
        raise DownscalingError(
            f"The manifest {path} has the columns {', '.join(columns)}; method {method.name} needs "
            f"{', '.join(sorted(needed))} and accepts {', '.join(sorted(known))}.")
    folder = os.path.dirname(os.path.abspath(path))

    def located(value):
        return ";".join(os.path.join(folder, part.strip()) for part in value.split(";") if part.strip())

    scenes = []
    for number, row in rows:
        extra = row.pop(None, None)  # the fields beyond the header's
        values = {key.strip().lower(): located(value or "") for key, value in row.items()}
        output = values.pop("output")
        scene = Scene(number, output)
        try:
            if extra:
                raise DownscalingError(f"{len(columns) + len(extra)} fields for the header's {len(columns)}: "
                                       "remove the extra ones (a comma at the end of the line?).")
            if not output:
                raise DownscalingError("no output path: fill its 'output' column.")
            scene.request = method.request(values, output, options=options)
        except DownscalingError as error:
            scene.error = str(error)
        scenes.append(scene)
    _refuse_shared_outputs(scenes)
    return scenes


def _refuse_shared_outputs(scenes):
    """Fail the scenes whose output is another scene's output or input: scenes run at the same
    time, so which file would remain, or what a scene would read, would be left to chance."""
    inputs = {}
    for scene in scenes:
        for path in scene.request.input_paths() if scene.request else ():
            inputs.setdefault(os.path.realpath(path), scene.row)
    writers = {}
    for scene in scenes:
        if scene.error:
            continue
        output = os.path.realpath(scene.output)
        if output in writers:
            scene.error = f"row {writers[output]} writes the same output: give each row its own."
        elif inputs.get(output, scene.row) != scene.row:
            scene.error = f"its output is an input of row {inputs[output]}: give it another name."
        else:
            writers[output] = scene.row


def dask_client(workers, scheduler):
    """A dask.distributed Client: of the cluster at ``scheduler``, else of a new LocalCluster of
    ``workers`` processes with one thread each (the methods use numpy's own threads)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise DownscalingError(DASK_HINT) from None
    if scheduler:
        try:
            return Client(scheduler, timeout="30s")
        except (OSError, ValueError, TypeError) as error:  # unreachable (a timeout is an OSError), or no address
            raise DownscalingError(f"Cannot connect to the Dask scheduler at {scheduler} ({error}): check the "
                                   "address (e.g. tcp://host:8786) and that its scheduler is running.") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster)


def run_batch(method, manifest, assignments, workers=2, scheduler=None, largest=None, log=sys.stderr):
    """Run every scene of ``manifest``, those of more than ``largest`` output pixels split into
    windows of that size (methods that can be split); the exit status: 0 when all were
    written, 1 otherwise."""
    scenes = read_manifest(manifest, method, method.parsed_options(assignments))
    client = dask_client(workers, scheduler)
    try:
        failures = _run_scenes(client, scenes, largest, log)
    except KeyboardInterrupt:
        raise DownscalingError("Interrupted: the scenes reported as written are complete; the others were "
                               "stopped before their output was written (a stopped worker may leave a hidden "
                               "'.NAME.*.partial.tif' file beside it).") from None
    finally:
        client.close()
        if not scheduler and client.cluster is not None:
            client.cluster.close()
    written = len(scenes) - len(failures)
    print(f"Summary: {written} of {len(scenes)} scenes written, {len(failures)} failed.", file=log)
    for scene in failures:
        print(f"  row {scene.row} ({scene.output}): {scene.error}", file=log)
    return 1 if failures else 0


def _run_scenes(client, scenes, largest, log):
    """Submit the runnable scenes, report each as it ends; the failed Scenes."""
    from dask.distributed import as_completed
    failures = [scene for scene in scenes if scene.error]
    for scene in failures:
        print(f"row {scene.row}: failed before running: {scene.error}", file=log)
    futures = {}
    for scene in scenes:
        if scene.error:
            continue
        pixels = split_pixels(scene.request, largest)
        if pixels:
            print(f"row {scene.row}: {pixels} output pixels, split into windows of about {largest}", file=log)
        key = f"scene-row-{scene.row}-{os.path.basename(scene.output)}"
        futures[client.submit(run_scene, scene.request, largest if pixels else None, key=key, pure=False)] = scene
    done = len(failures)
    for future in as_completed(futures):
        scene = futures[future]
        if future.status == "error":
            error = future.exception()
            scene.error = f"unexpected {type(error).__name__}: {error} (a bug: please report it)"
        else:
            scene.error = future.result()
        done += 1
        outcome = f"FAILED: {scene.error}" if scene.error else f"wrote {scene.output}"
        print(f"{done}/{len(scenes)} scenes done (row {scene.row}: {outcome})", file=log, flush=True)
        if scene.error:
            failures.append(scene)
    return sorted(failures, key=lambda scene: scene.row)

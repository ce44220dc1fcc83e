"""Wall time and peak memory of every downscaling algorithm on scenes of growing size.

Scenes of N x N fine pixels at 30 m (N = 1000, 2000, 4000, 8000, 12000) are built by mirror-
tiling the real Liverpool Landsat 8 crop: NDVI at 30 m and LST aggregated (T^4) to 90 m,
written strip by strip (never whole in memory), uncompressed tiled GeoTIFFs, cached in
build/bench/scenes. Each method runs in a subprocess of its own that starts QGIS,
Processing and the provider and calls ``processing.run`` (the same path as the
Toolbox); the parent takes the child's wall time and peak RSS from ``os.wait4``. The
reference, the I/O floor, is a GDAL copy of the NDVI into the methods' output format
(``gdal_translate`` to a deflate-compressed tiled Float32 GeoTIFF on 2 threads), timed
the same way, and a child that only starts QGIS and Processing gives the fixed start-up
cost included in every method's numbers. A run shorter than REPEAT_BELOW_S (and the copy) is
repeated REPEATS times: the table gives the medians, and the ranges beside them.

    .venv/bin/python bench/speed.py [--data ../shared/data] [--out bench/results] [--quick] [--sizes 1000 2000]
"""

import argparse
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import rasterio
from rasterio.windows import Window

from common import (DEFAULT_DATA, DEFAULT_OUT, LIVERPOOL, NODATA, QUICK_OUT, WORK, landsat_arrays,
                    require_data, scaled)
from lst_downscaler.core.evaluation.aggregate import energy_conserving_mean

SIZES = (1000, 2000, 4000, 8000, 12000)
QUICK_SIZES = (1000, 2000)
LST_FACTOR = 3          # 30 m NDVI, 90 m LST
SCENE_VERSION = "1"     # bump when the way scenes are built changes
TIMEOUT_S = 600        # a run is killed after this
PREDICTED_LIMIT_S = 240  # a larger size is skipped when the last time scaled by the pixel ratio exceeds this
SUMMARY = {}
COPY = "gdal_translate (deflate copy)"
FLAT_RATIO = 1.25       # peak RSS from FLAT_SIZES[0]² to FLAT_SIZES[1]²: at most this ratio is flat
FLAT_SIZES = (4000, 8000)
REPEATS = 3             # runs of a method at a size whose first run is short: wall time and RSS vary
REPEAT_BELOW_S = 30     # by ±10 % from run to run on this machine (threads, glibc's heaps)


# --- scenes ----------------------------------------------------------------------------

def mirror(indices, period):
    """Indices folded back and forth into [0, period): seamless mirror tiling."""
    folded = np.mod(indices, 2 * period)
    return np.where(folded < period, folded, 2 * period - 1 - folded)


def create(path, width, height, transform, crs):
    return rasterio.open(path, "w", driver="GTiff", width=width, height=height, count=1, dtype="float32",
                         crs=crs, transform=transform, nodata=NODATA, tiled=True, blockxsize=256,
                         blockysize=256, bigtiff="IF_SAFER")


def build_scene(size, source, folder):
    """(LST 90 m path, NDVI 30 m path) of a size x size scene, built once and cached."""
    folder.mkdir(parents=True, exist_ok=True)
    ndvi_path, lst_path = folder / f"ndvi30_{size}.tif", folder / f"lst90_{size}.tif"
    marker = folder / f"scene_{size}.v{SCENE_VERSION}"
    if marker.exists() and ndvi_path.exists() and lst_path.exists():
        return lst_path, ndvi_path
    lst, ndvi, transform, crs = source
    start = time.perf_counter()
    write_mirrored(ndvi_path, ndvi, transform, crs, size)
    write_mirrored(lst_path, lst, transform, crs, size, LST_FACTOR)
    marker.write_text("")
    print(f"speed: built the {size}² scene in {time.perf_counter() - start:.1f} s", flush=True)
    return lst_path, ndvi_path


def write_mirrored(path, values, transform, crs, size, factor=1):
    """A GeoTIFF of ``values`` (on ``transform``) mirror-tiled to size x size pixels, written by
    strips of whole blocks and tiles (never whole in memory); with ``factor`` > 1, the energy-
    conserving (T^4) block means of the tiling on the grid ``factor`` times coarser, which covers
    it (a partial last block is a whole coarse pixel)."""
    coarse_size = -(-size // factor)
    extent = coarse_size * factor if factor > 1 else size
    columns = mirror(np.arange(extent), values.shape[1])
    strip_rows = math.lcm(factor, 256)
    with create(path, extent // factor, extent // factor, scaled(transform, factor), crs) as out:
        for row in range(0, extent, strip_rows):
            strip = values[np.ix_(mirror(np.arange(row, min(row + strip_rows, extent)), values.shape[0]), columns)]
            if factor > 1:
                strip = energy_conserving_mean(strip, factor)
            out.write(np.where(np.isfinite(strip), strip, NODATA).astype(np.float32), 1,
                      window=Window(0, row // factor, extent // factor, strip.shape[0]))


# --- measuring subprocesses ------------------------------------------------------------

# A small launcher between this process and the measured command. ``ru_maxrss`` of a child
# starts from the RSS of the process it was forked from (Linux keeps the high-water mark
# across exec), so forking the measured command from this bench process, which may hold
# QGIS and the data, would inflate it; the launcher is a bare interpreter (about 10 MB).
LAUNCHER = """
import json, os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
with open(sys.argv[1], "w") as out:
    json.dump({"wall_s": wall, "rss_kb": usage.ru_maxrss, "code": os.waitstatus_to_exitcode(status)}, out)
"""


def measure(command, log_path, timeout=TIMEOUT_S):
    """Run ``command`` through the launcher; (wall seconds, peak RSS in MB, return code, output text)."""
    log_path = Path(log_path)
    report = log_path.with_suffix(".rusage.json")
    report.unlink(missing_ok=True)
    with open(log_path, "w") as log:
        process = subprocess.Popen([sys.executable, "-S", "-c", LAUNCHER, str(report), *command],
                                   stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    text = log_path.read_text(errors="replace")
    if not report.exists():
        return float("nan"), float("nan"), -1, text + f"\nkilled after {timeout} s"
    usage = json.loads(report.read_text())
    return usage["wall_s"], usage["rss_kb"] / 1024, usage["code"], text


def measure_repeated(command, log_path, output=None):
    """``measure`` once, then again up to REPEATS times in all when the first run was short and
    succeeded; (list of (wall, RSS MB, child result), return code, output text of the last run).
    ``output``, when given, is deleted after each run."""
    runs = []
    while True:
        wall, peak, code, text = measure(command, log_path)
        if output is not None:
            Path(output).unlink(missing_ok=True)
        runs.append((wall, peak, child_result(text)))
        if code != 0 or len(runs) >= REPEATS or runs[0][0] >= REPEAT_BELOW_S:
            return runs, code, text


def medians(runs):
    """Median wall time, RSS and algorithm time of ``runs`` (from measure_repeated), with the ranges."""
    walls, peaks = [run[0] for run in runs], [run[1] for run in runs]
    algorithm = [run[2]["algorithm_s"] for run in runs if run[2]]
    return {"wall_s": float(np.median(walls)), "rss_mb": float(np.median(peaks)),
            "algorithm_s": float(np.median(algorithm)) if algorithm else None, "runs": len(runs),
            "wall_range": [min(walls), max(walls)], "rss_range": [min(peaks), max(peaks)]}


def worker(name, lst, ndvi, output):
    """In the child: start QGIS/Processing/provider, run one algorithm; print timings as JSON."""
    start = time.perf_counter()
    from common import run_algorithm, start_qgis
    provider = start_qgis()
    started = time.perf_counter() - start
    seconds = run_algorithm(provider, name, {"lst": lst, "ndvi": ndvi}, output) if name != "-" else 0.0
    print("RESULT " + json.dumps({"startup_s": started, "algorithm_s": seconds}), flush=True)


def child_result(text):
    for line in text.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    return None


COPY_OPTIONS = ("COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256",
                "NUM_THREADS=2", "BIGTIFF=IF_SAFER")  # the methods' output format, on this machine's 2 cores


def gdal_copy(ndvi, folder):
    """``gdal_translate`` of the NDVI into the output format: (medians of the runs, error or None)."""
    target = folder / f"copy_{ndvi.name}"
    options = [part for option in COPY_OPTIONS for part in ("-co", option)]
    runs, code, text = measure_repeated(["gdal_translate", "-q", *options, str(ndvi), str(target)],
                                        folder / "copy.log", target)
    if code != 0:
        return None, "failed: " + text.strip()[-300:]
    return medians(runs), None


def methods_from_provider():
    """The provider's downscaling algorithms that run on LST and NDVI alone (progressive self-training,
    which needs reflectance, has its own section), listed by a child (keeps QGIS out of this process)."""
    code = ("import json, sys; sys.path.insert(0, %r); "
            "from common import start_qgis, downscaling_algorithms, needs_reflectance; provider = start_qgis(); "
            "print('RESULT ' + json.dumps([name for name in downscaling_algorithms(provider) "
            "if not needs_reflectance(provider, name)]))" % str(Path(__file__).parent))
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    result = child_result(completed.stdout)
    if result is None:
        raise RuntimeError("cannot list the provider's algorithms:\n" + completed.stdout + completed.stderr)
    return result


def measure_sizes(sizes, methods, scene, floor, command, runs, label):
    """The rows of the GDAL copy and of each method at each size: ``scene(size)`` gives the inputs,
    ``floor(inputs)`` the layer the copy copies, ``command(name, inputs, output)`` the child's command
    line. A size is skipped for a method when its last time, scaled by the pixels, exceeds
    PREDICTED_LIMIT_S, or when a smaller size failed."""
    rows = []
    for size in sizes:
        inputs = scene(size)
        copy, copy_error = gdal_copy(floor(inputs), runs)
        copy = copy or {"wall_s": None, "rss_mb": None}
        copy_s, copy_mb = copy["wall_s"], copy["rss_mb"]
        rows.append({"size": size, "method": COPY, **copy, "algorithm_s": copy_s, "error": copy_error})
        for name in methods:
            previous = [r for r in rows if r["method"] == name]
            if previous:
                last = previous[-1]
                predicted = last["wall_s"] * (size / last["size"]) ** 2 if not last["error"] else float("inf")
                if predicted > PREDICTED_LIMIT_S:
                    why = (f"skipped: {last['wall_s']:.0f} s at {last['size']}² predicts {predicted:.0f} s"
                           if not last["error"] else "skipped: a smaller size failed or was skipped")
                    rows.append({"size": size, "method": name, "wall_s": None, "rss_mb": None,
                                 "algorithm_s": None, "error": why})
                    print(f"{label}: {name} {size}²: {why}", flush=True)
                    continue
            output = runs / f"{name}_{size}.tif"
            measured, code, text = measure_repeated(command(name, inputs, output), runs / f"{name}_{size}.log",
                                                    output)
            error = None if code == 0 and measured[-1][2] else \
                "failed: " + (text.strip().splitlines() or ["no output"])[-1][:300]
            row = {"size": size, "method": name, **medians(measured), "error": error, "copy_s": copy_s,
                   "copy_mb": copy_mb}
            rows.append(row)
            print(f"{label}: {name} {size}²: {row['wall_s']:.1f} s, {row['rss_mb']:.0f} MB (median of {row['runs']})"
                  + (f" FAILED: {error}" if error else ""), flush=True)
    return rows


# --- the bench -------------------------------------------------------------------------

def run(data, out, quick=False, sizes=None, work=WORK / "scenes", only=None):
    """Measure every method (or those named in ``only``) at every size; write ``out/speed.md|json|png``;
    returns the Markdown section."""
    require_data(data, LIVERPOOL)
    sizes = sizes or (QUICK_SIZES if quick else SIZES)
    out.mkdir(parents=True, exist_ok=True)
    methods = [name for name in methods_from_provider() if not only or name in only]
    print(f"speed: methods {', '.join(methods)}; sizes {', '.join(map(str, sizes))}", flush=True)
    lst, ndvi, transform, crs = landsat_arrays(data / LIVERPOOL)
    source = (lst, ndvi, transform, crs)
    runs = work / "runs"
    shutil.rmtree(runs, ignore_errors=True)
    runs.mkdir(parents=True)
    script = str(Path(__file__).resolve())
    start_all = time.perf_counter()
    wall, peak, code, text = measure([sys.executable, script, "--worker", "-", "-", "-", "-"], runs / "startup.log")
    startup = {"wall_s": wall, "rss_mb": peak, "error": None if code == 0 else text[-300:]}
    rows = measure_sizes(
        sizes, methods, lambda size: build_scene(size, source, work), lambda scene: scene[1],
        lambda name, scene, output: [sys.executable, script, "--worker", name, str(scene[0]), str(scene[1]),
                                     str(output)],
        runs, "speed")
    shutil.rmtree(runs, ignore_errors=True)
    result = {"sizes": list(sizes), "methods": methods, "startup": startup, "rows": rows,
              "seconds": time.perf_counter() - start_all}
    (out / "speed.json").write_text(json.dumps(result, indent=1))
    SUMMARY.update(result)
    figure(result, out / "speed.png")
    text = markdown(result)
    (out / "speed.md").write_text("# " + text[3:])
    print(f"speed: done in {result['seconds']:.0f} s", flush=True)
    return text


def markdown(result):
    startup = result["startup"]
    lines = [
        "## Speed and memory on scenes of growing size\n",
        "Scenes of N × N output pixels at 30 m, mirror-tiled from the Liverpool Landsat 8 crop "
        "(NDVI at 30 m, LST aggregated in T⁴ to 90 m: factor 3), stored as uncompressed tiled "
        "GeoTIFFs. Each method runs in a subprocess of its own through `processing.run` (QGIS, "
        "Processing and the provider started in the child); wall time and peak RSS are the child "
        "process's, from `os.wait4`. 'algorithm (s)' is the `processing.run` call alone. The "
        "reference, the I/O floor, is a GDAL copy of the NDVI into the methods' output format "
        "(`gdal_translate -co " + " -co ".join(COPY_OPTIONS) + "`), timed the same way. Outputs "
        "are deflate-compressed Float32 GeoTIFFs; the methods read and write by strips, GDAL's "
        "block cache bounded while they write. A run shorter than "
        f"{REPEAT_BELOW_S} s, and the copy, is repeated {REPEATS} times: the figures are medians, "
        "and 'runs' gives the range of the wall time and of the peak RSS.\n",
        f"Start-up of a child that only starts QGIS, Processing and the provider: "
        f"{startup['wall_s']:.1f} s, peak RSS {startup['rss_mb']:.0f} MB (included in every method's "
        "wall time and RSS below).\n",
        *table_lines(result["rows"], startup["rss_mb"]),
        "\nMemory as the scene grows (median peak RSS of the process per size, start-up included; 'flat' is "
        f"at most ×{FLAT_RATIO} from {FLAT_SIZES[0]}² to {FLAT_SIZES[1]}², four times the pixels, or "
        "between the two largest sizes measured when those are missing):\n",
        *memory_lines(result),
    ]
    lines.append("\n![wall time and peak RSS against size](speed.png)\n")
    return "\n".join(lines)


def table_lines(rows, startup_mb=None):
    """The Markdown table of ``rows`` (from :func:`measure_sizes`), with the RSS above ``startup_mb``
    when it is given."""
    extra = startup_mb is not None
    lines = ["| size (pixels) | method | wall (s) | algorithm (s) | wall / copy | algorithm / copy | "
             "peak RSS (MB) | RSS / copy | " + ("RSS − start-up (MB) | " if extra else "") + "runs (wall s, RSS MB) |",
             "|---|---|---|---|---|---|---|---|" + ("---|" if extra else "") + "---|"]
    blank = "| | | | | | |" + (" |" if extra else "")
    for row in rows:
        if row["error"]:
            lines.append(f"| {row['size']}² | `{row['method']}` | {row['error']} {blank}")
            continue
        if row["method"].startswith("gdal"):
            lines.append(f"| {row['size']}² | {row['method']} | {row['wall_s']:.2f} | | 1 | 1 | "
                         f"{row['rss_mb']:.0f} | 1 | " + ("| " if extra else "") + f"{_ranges(row)} |")
            continue
        copy_s, copy_mb = row.get("copy_s"), row.get("copy_mb")
        lines.append(
            f"| {row['size']}² | `{row['method']}` | {row['wall_s']:.1f} | {row['algorithm_s']:.1f} | "
            f"{format(row['wall_s'] / copy_s, '.1f') if copy_s else 'n/a'} | "
            f"{format(row['algorithm_s'] / copy_s, '.1f') if copy_s else 'n/a'} | {row['rss_mb']:.0f} | "
            f"{format(row['rss_mb'] / copy_mb, '.1f') if copy_mb else 'n/a'} | "
            + (f"{row['rss_mb'] - startup_mb:.0f} | " if extra else "") + f"{_ranges(row)} |")
    return lines


def memory_lines(result):
    """A line per method of ``result``: its peak RSS at each size, and whether it is flat (at most
    ×FLAT_RATIO from FLAT_SIZES[0]² to FLAT_SIZES[1]², or between the two largest sizes measured)."""
    lines = []
    for name in result["methods"]:
        good = [r for r in result["rows"] if r["method"] == name and not r["error"]]
        if len(good) < 2:
            continue
        by_size = {r["size"]: r for r in good}
        before, last = ((by_size[FLAT_SIZES[0]], by_size[FLAT_SIZES[1]]) if all(s in by_size for s in FLAT_SIZES)
                        else good[-2:])
        pixels = (last["size"] / before["size"]) ** 2
        ratio = last["rss_mb"] / before["rss_mb"]
        if ratio <= FLAT_RATIO:
            verdict = "flat"
        elif ratio < 0.75 * pixels:
            verdict = f"not flat, but it grows more slowly than the scene (×{pixels:.2f} pixels)"
        else:
            verdict = f"not flat: it grows about in proportion to the scene (×{pixels:.2f} pixels)"
        per_size = ", ".join(f"{r['size']}²: {r['rss_mb']:.0f} MB" for r in good)
        lines.append(f"- `{name}`: {per_size}; ×{ratio:.2f} from {before['size']}² to {last['size']}²: "
                     f"{verdict}.")
    return lines


def _ranges(row):
    """'3: 1.90-2.10 s, 571-580 MB' for a repeated run, '1' for a single one."""
    if row.get("runs", 1) < 2:
        return "1"
    (fast, slow), (small, large) = row["wall_range"], row["rss_range"]
    return f"{row['runs']}: {fast:.2f}-{slow:.2f} s, {small:.0f}-{large:.0f} MB"


def figure(result, path):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(9, 3.6), dpi=110, layout="constrained")
    FigureCanvasAgg(figure)
    time_ax, rss_ax = figure.subplots(1, 2)
    names = [COPY] + list(result["methods"])
    for name in names:
        good = [r for r in result["rows"] if r["method"] == name and not r["error"]]
        if not good:
            continue
        pixels = [r["size"] ** 2 / 1e6 for r in good]
        style = "k--" if name.startswith("gdal") else "o-"
        time_ax.plot(pixels, [r["wall_s"] for r in good], style, label=name)
        rss_ax.plot(pixels, [r["rss_mb"] for r in good], style, label=name)
    rss_ax.axhline(result["startup"]["rss_mb"], color="grey", lw=0.8, ls=":", label="QGIS start-up")
    from matplotlib.ticker import NullFormatter, ScalarFormatter
    for ax, label in ((time_ax, "wall time (s)"), (rss_ax, "peak RSS (MB)")):
        ax.set_xscale("log")
        ax.set_yscale("log" if ax is time_ax else "linear")
        ax.set_xticks([size ** 2 / 1e6 for size in result["sizes"]])
        ax.set_xticklabels([f"{size}²" for size in result["sizes"]])
        ax.xaxis.set_minor_formatter(NullFormatter())
        for axis in (ax.yaxis,):
            axis.set_major_formatter(ScalarFormatter())
            axis.set_minor_formatter(NullFormatter())
        ax.set_xlabel("output size (pixels at 30 m)")
        ax.set_ylabel(label)
        ax.grid(True, which="both", lw=0.3)
    rss_ax.set_ylim(bottom=0)
    rss_ax.legend(fontsize=8)
    figure.suptitle("Speed and memory against scene size (30 m output, 90 m LST)", fontsize=10)
    figure.savefig(path)


def main(argv=None):
    return command_line(__doc__, run, worker, argv)


def command_line(doc, run, worker, argv=None):
    """The command line of a section that runs methods on scenes of growing size (``doc``: its
    module's docstring): ``--worker ARGS...`` is ``worker(*ARGS)`` in a measured child."""
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--worker":
        return worker(*sys.argv[2:])
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--quick", action="store_true", help=f"sizes {QUICK_SIZES} only")
    parser.add_argument("--sizes", type=int, nargs="+")
    parser.add_argument("--methods", nargs="+", help="only these algorithms (names as in the provider)")
    args = parser.parse_args(argv)
    return run(args.data, args.out or (QUICK_OUT if args.quick else DEFAULT_OUT), args.quick, args.sizes,
               only=args.methods)


if __name__ == "__main__":
    main()

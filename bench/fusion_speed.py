"""Wall time and peak memory of the spatiotemporal fusion algorithms on scenes of growing size.

Scenes of N x N fine pixels are mirror-tiled from the Yanco series (../shared/data/fusion_yanco,
real Landsat LST and MODIS LST on a 0.001 deg grid, ~100 m): the fine layers are the Landsat LST
of 2016-02-05 (t1) and 2016-03-08 (t3); the coarse layers are the MODIS LST of 02-05, 02-18 (t2)
and 03-08, whose 1 km pixels, repeated on that grid, are averaged back to 1 km (factor 10). All
are uncompressed tiled GeoTIFFs, cached in build/bench/fusion_scenes. Each algorithm runs as in
the speed section (:mod:`speed`): a child process starts QGIS, Processing and the provider and
calls ``processing.run`` with the default settings and the layers the algorithm takes (STARFM
and DLSTFM: F1, C1, C2; ESTARFM: F1, C1, F3, C3, C2); wall time and peak RSS are the child's.
The I/O floor is a GDAL copy of the fine t1 layer into the output format, timed the same way.

    .venv/bin/python bench/fusion_speed.py [--data ../shared/data] [--out bench/results] [--quick] [--sizes 1000 2000]
"""

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import rasterio

import speed
from common import WORK, require_data

YANCO = "fusion_yanco"
FACTOR = 10  # Yanco's MODIS pixels: 1 km on the 0.001 deg grid
#: processing.run parameter -> (Yanco file, coarse)
LAYERS = {
    "FINE_T1": ("Landsat_LST_cloudrm_20160205", False),
    "COARSE_T1": ("MOD11A1_LST_cloudrm_20160205", True),
    "COARSE_T2": ("MOD11A1_LST_cloudrm_20160218", True),
    "FINE_T3": ("Landsat_LST_cloudrm_20160308", False),
    "COARSE_T3": ("MOD11A1_LST_cloudrm_20160308", True),
}
SCENE_VERSION = "2"  # bump when the way scenes are built changes
SUMMARY = {}


def build_scene(size, data, folder):
    """{parameter: path} of the size x size fusion scene, built once and cached."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {key: folder / f"{name}_{size}.tif" for key, (name, _) in LAYERS.items()}
    marker = folder / f"scene_{size}.v{SCENE_VERSION}"
    if marker.exists() and all(path.exists() for path in paths.values()):
        return paths
    start = time.perf_counter()
    for key, (name, coarse) in LAYERS.items():
        with rasterio.open(data / YANCO / f"{name}.tif") as source:
            values = source.read(1, masked=True).astype(np.float64).filled(np.nan)
            speed.write_mirrored(paths[key], values, source.transform, source.crs, size, FACTOR if coarse else 1)
    marker.write_text("")
    print(f"fusion speed: built the {size}² scene in {time.perf_counter() - start:.1f} s", flush=True)
    return paths


def worker(name, layers, output):
    """In the child: start QGIS/Processing/provider, run one fusion algorithm on the layers of
    ``layers`` (JSON) it takes; print timings as JSON."""
    start = time.perf_counter()
    from common import start_qgis
    provider = start_qgis()
    started = time.perf_counter() - start
    import processing  # on the path once QGIS has started
    from qgis.core import QgsProcessingFeedback
    algorithm = provider.algorithm(name)
    parameters = {key: path for key, path in json.loads(layers).items()
                  if algorithm.parameterDefinition(key) is not None}
    begin = time.perf_counter()
    processing.run(f"{provider.id()}:{name}", {**parameters, "OUTPUT": output}, feedback=QgsProcessingFeedback())
    print("RESULT " + json.dumps({"startup_s": started, "algorithm_s": time.perf_counter() - begin}), flush=True)


def fusion_algorithms():
    """The provider's fusion algorithms that write one raster (not the time series' folder), listed
    by a child (keeps QGIS out of this process)."""
    code = ("import json, sys; sys.path.insert(0, %r); from common import start_qgis; provider = start_qgis(); "
            "print('RESULT ' + json.dumps([a.name() for a in provider.algorithms() if a.groupId() == 'fusion' "
            "and a.parameterDefinition('OUTPUT') is not None "
            "and a.parameterDefinition('OUTPUT').type() == 'rasterDestination']))" % str(Path(__file__).parent))
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    result = speed.child_result(completed.stdout)
    if result is None:
        raise RuntimeError("cannot list the provider's fusion algorithms:\n" + completed.stdout + completed.stderr)
    return result


def run(data, out, quick=False, sizes=None, work=WORK / "fusion_scenes", only=None):
    """Measure every fusion algorithm (or those named in ``only``) at every size; write
    ``out/fusion_speed.md|json``; returns the Markdown section."""
    require_data(data, YANCO)
    sizes = sizes or (speed.QUICK_SIZES if quick else speed.SIZES)
    out.mkdir(parents=True, exist_ok=True)
    methods = [name for name in fusion_algorithms() if not only or name in only]
    print(f"fusion speed: methods {', '.join(methods)}; sizes {', '.join(map(str, sizes))}", flush=True)
    runs = work / "runs"
    shutil.rmtree(runs, ignore_errors=True)
    runs.mkdir(parents=True)
    script = str(Path(__file__).resolve())
    start_all = time.perf_counter()
    rows = speed.measure_sizes(
        sizes, methods, lambda size: build_scene(size, data, work), lambda layers: layers["FINE_T1"],
        lambda name, layers, output: [sys.executable, script, "--worker", name,
                                      json.dumps({key: str(path) for key, path in layers.items()}), str(output)],
        runs, "fusion speed")
    shutil.rmtree(runs, ignore_errors=True)
    result = {"sizes": list(sizes), "methods": methods, "rows": rows, "seconds": time.perf_counter() - start_all}
    (out / "fusion_speed.json").write_text(json.dumps(result, indent=1))
    SUMMARY.update(result)
    text = markdown(result)
    (out / "fusion_speed.md").write_text("# " + text[3:])
    print(f"fusion speed: done in {result['seconds']:.0f} s", flush=True)
    return text


def markdown(result):
    lines = [
        "## Spatiotemporal fusion: speed and memory on scenes of growing size\n",
        "Scenes of N × N fine pixels mirror-tiled from the Yanco series (real Landsat LST at 0.001°, ~100 m, "
        "fine t1 2016-02-05 and t3 03-08; real MODIS LST at 1 km, factor 10: t1, t2 02-18, t3), uncompressed "
        "tiled GeoTIFFs. Each algorithm runs with its default settings as the methods of the speed section "
        "do: in a child process of its own through `processing.run`, QGIS's start-up included (the speed "
        "section gives it). STARFM and DLSTFM take F1, C1 and C2, ESTARFM F1, C1, F3, C3 and C2. The "
        "reference, the I/O floor, is the speed section's GDAL copy, of the fine t1 layer.\n",
        *speed.table_lines(result["rows"]),
        "\nMemory as the scene grows (median peak RSS of the process per size, start-up included):\n",
        *speed.memory_lines(result),
    ]
    return "\n".join(lines) + "\n"


def main(argv=None):
    return speed.command_line(__doc__, run, worker, argv)


if __name__ == "__main__":
    main()

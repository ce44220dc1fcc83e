"""Batch throughput of the command line on Dask, and what a global daily MODIS run would cost.

`python -m lst_downscaler batch tsharp` runs the 56 MODIS/ASTER pairs (MODIS LST 1 km -> 250 m
NDVI, 256 x 256 fine pixels each) on a LocalCluster of 1 and 2 worker processes (one thread each);
the wall time includes starting the cluster. `python -m lst_downscaler run tsharp` then downscales
one full MODIS tile (1200 x 1200 LST -> 4800 x 4800 at 250 m, the tile of the deep speed section),
whose time gives a paper estimate of a daily global run on a cluster. Last, SIF-CNN-SR2 on the
same tile (its LST gaps filled, so that every tile of the network runs): whole through `run` (2
threads), then through `batch` on 2 workers of 1 thread with the scene split into row windows.

    .venv/bin/python bench/batch_speed.py [--data ../shared/data] [--out bench/results]
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, modis_aster_pairs, modis_aster_paths, output_folder, section_arguments
from deep_speed import build_tile

WORKERS = (1, 2)
METHOD = "tsharp"
DEEP_METHOD = "sif_cnn_sr2"
DEEP_SPLIT_PIXELS = 12_000_000  # of the tile's 23 million: 2 windows, one per worker
#: Assumption of the estimate: the MODIS sinusoidal tiles that hold land, about 300 of the 460 non-fill
#: tiles (a day's MOD11A1 delivery).
LAND_TILES = 300


def cli(*arguments):
    """Wall seconds of ``python -m lst_downscaler ARGUMENTS`` (which must succeed)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "lst_downscaler", *map(str, arguments)], cwd=ROOT, check=True,
                   capture_output=True, text=True, env=dict(os.environ, OMP_NUM_THREADS="1"))
    return time.perf_counter() - start


def run(data, out, quick=False):
    pairs = modis_aster_pairs(data, 4 if quick else None)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp)
        for workers in WORKERS:
            manifest = folder / f"manifest_{workers}.csv"
            lines = ["lst,ndvi,output"]
            for pair in pairs:
                lst, ndvi, _ = modis_aster_paths(data, pair)
                lines.append(f"{lst},{ndvi},{folder / f'{pair}_{workers}.tif'}")
            manifest.write_text("\n".join(lines) + "\n")
            seconds = cli("batch", METHOD, manifest, "--workers", workers)
            rows.append({"workers": workers, "scenes": len(pairs), "seconds": seconds})
            print(f"batch: {len(pairs)} scenes on {workers} worker(s) in {seconds:.1f} s", flush=True)
        lst, filled, ndvi, _ = build_tile(data, folder)
        tile_seconds = cli("run", METHOD, "--lst", lst, "--ndvi", ndvi, "--output", folder / "tile.tif")
        deep = deep_split(folder, filled, ndvi)
    (out / "batch_speed.json").write_text(json.dumps({"batch": rows, "tile_seconds": tile_seconds, "deep": deep},
                                                     indent=1))
    lines = [
        "## Command line on Dask: batch throughput\n",
        __doc__.split("\n\n")[1].replace("\n", " ") + "\n",
        "| Dask workers | scenes | wall s | scenes / s | speed-up over 1 worker |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {row['workers']} | {row['scenes']} | {row['seconds']:.1f} | {row['scenes'] / row['seconds']:.2f} | "
              f"{rows[0]['seconds'] / row['seconds']:.2f} |" for row in rows]
    per_day = LAND_TILES * tile_seconds
    lines.append(
        f"\nOne full MODIS tile with TsHARP through `python -m lst_downscaler run` (one process, reading and "
        f"writing included): {tile_seconds:.1f} s. A daily global run, taking {LAND_TILES} land tiles as an assumption, "
        f"is then {per_day / 3600:.1f} hours of such single-process runs; on a cluster of N machines like this one (2 "
        f"workers each) about {per_day / 2 / 60:.0f} / N minutes, if the tiles spread evenly and the data are local. "
        "A paper estimate from one measured tile, not a measured global run.\n")
    lines.append(
        f"{DEEP_METHOD} on the tile (gaps filled: every network tile runs): whole through `run` with 2 threads "
        f"{deep['whole_seconds']:.1f} s; through `batch` on 2 workers of 1 thread, split into "
        f"windows of about {DEEP_SPLIT_PIXELS / 1e6:.0f} Mpx, {deep['split_seconds']:.1f} s (cluster start and "
        f"the fit included: {deep['whole_seconds'] / deep['split_seconds']:.2f} times the speed); the two outputs "
        f"differ by at most {deep['max_difference']:.1e} K. On one 2-core machine the split gains nothing over "
        "PyTorch's own 2 threads; it is what lets a scene spread over the workers of a cluster.\n")
    text = "\n".join(lines)
    (out / "batch_speed.md").write_text(text)
    return text


def deep_split(folder, lst, ndvi):
    """Wall seconds of the deep method on one scene, whole and split by windows on 2 workers."""
    import numpy as np
    import rasterio
    whole = cli("run", DEEP_METHOD, "--lst", lst, "--ndvi", ndvi, "--output", folder / "deep_whole.tif",
                "--option", "threads=2")
    manifest = folder / "deep.csv"
    manifest.write_text(f"lst,ndvi,output\n{lst},{ndvi},{folder / 'deep_split.tif'}\n")
    split = cli("batch", DEEP_METHOD, manifest, "--workers", 2, "--split-pixels", DEEP_SPLIT_PIXELS)
    with rasterio.open(folder / "deep_whole.tif") as a, rasterio.open(folder / "deep_split.tif") as b:
        difference = float(np.nanmax(np.abs(a.read(1, masked=True) - b.read(1, masked=True))))
    print(f"{DEEP_METHOD}: whole {whole:.1f} s, split on 2 workers {split:.1f} s", flush=True)
    return {"whole_seconds": whole, "split_seconds": split, "max_difference": difference}


def main():
    args = section_arguments(__doc__, "4 MODIS pairs").parse_args()
    print(run(args.data, output_folder(args), args.quick))


if __name__ == "__main__":
    main()

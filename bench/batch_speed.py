"""Batch throughput of the command line on Dask, and what a global daily MODIS run would cost.

`python -m lst_downscaler batch tsharp` runs the 56 MODIS/ASTER pairs (MODIS LST 1 km -> 250 m
NDVI, 256 x 256 fine pixels each) on a LocalCluster of 1 and 2 worker processes (one thread each);
the wall time includes starting the cluster. `python -m lst_downscaler run tsharp` then downscales
one full MODIS tile (1200 x 1200 LST -> 4800 x 4800 at 250 m, the tile of the deep speed section),
whose time gives a paper estimate of a daily global run on a cluster.

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
        lst, _, ndvi, _ = build_tile(data, folder)
        tile_seconds = cli("run", METHOD, "--lst", lst, "--ndvi", ndvi, "--output", folder / "tile.tif")
    (out / "batch_speed.json").write_text(json.dumps({"batch": rows, "tile_seconds": tile_seconds}, indent=1))
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
    text = "\n".join(lines)
    (out / "batch_speed.md").write_text(text)
    return text


def main():
    args = section_arguments(__doc__, "4 MODIS pairs").parse_args()
    print(run(args.data, output_folder(args), args.quick))


if __name__ == "__main__":
    main()

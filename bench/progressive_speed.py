"""Time and memory of progressive self-training against the scene size, on CPU.

The Liverpool Landsat 8 crop (prepared at 30 m by the plugin: ST_B10 in K, SR_B2..SR_B7) is
mirror-tiled to N x N pixels; the thermal layer, delivered at 30 m, is brought to 90 m and back to
30 m with the default 100 fine-tuning steps per stage. Each size runs in its own subprocess, so
its peak RSS is its own. The fine-tuning samples crops, so its time should not grow with N; the
rest (reading, the final prediction, the energy correction, writing) should grow with N², from
which the cost of a full 7000 x 8000 Landsat scene is estimated.

    .venv/bin/python bench/progressive_speed.py [--data ../shared/data] [--out bench/results]
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from common import LIVERPOOL, output_folder, section_arguments, write_band, write_bands
from lst_downscaler.training.progressive import load_crop
from speed import child_result, measure
from speed import mirror as folded

SIZES = (1000, 2000, 4000)
QUICK_SIZES = (1000,)
FULL_SCENE = (7000, 8000)
THREADS = 2


def mirror(values, size):
    """``values`` (..., H, W) mirror-tiled to (..., size, size), as the speed section's scenes."""
    rows, cols = (folded(np.arange(size), n) for n in values.shape[-2:])
    return values[..., rows[:, None], cols[None, :]]


def child(lst, reflectance, output):
    """In the subprocess: run the algorithm's core, print the timings as JSON."""
    from lst_downscaler.core.deep.progressive import ProgressiveOptions, progressive_downscale
    from lst_downscaler.core.io.raster import BandSource
    start = time.perf_counter()
    result = progressive_downscale(BandSource(lst), [BandSource(reflectance, band) for band in range(1, 7)], output,
                                   ProgressiveOptions(threads=THREADS, device="cpu"))
    print("RESULT " + json.dumps({
        "seconds": time.perf_counter() - start, "fine_tuning_s": result.fine_tuning_seconds,
        "conservation": result.conservation_max_abs}), flush=True)


def measure_size(crop, size, folder):
    lst_path = write_band(folder / f"lst_{size}.tif", mirror(crop.lst, size), crop.transform, crop.crs, "K")
    reflectance = write_bands(folder / f"reflectance_{size}.tif",
                              list(mirror(np.stack(list(crop.reflectance.values())), size)), crop.transform, crop.crs)
    # through the speed section's bare launcher: the peak RSS is the child's own, not that of this
    # bench process, which may have run the deep section's networks (every size then read 3165 MB)
    command = [sys.executable, __file__, "--child", str(lst_path), str(reflectance), str(folder / f"out_{size}.tif")]
    _, peak_mb, code, text = measure(command, folder / f"progressive_{size}.log", timeout=None)
    if code != 0:
        raise RuntimeError(f"progressive self-training failed at {size}²:\n{text[-2000:]}")
    return {"size": size, **child_result(text), "rss_mb": peak_mb}


def run(data, out, quick=False):
    crop = load_crop(data / LIVERPOOL)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-progressive-") as tmp:
        for size in QUICK_SIZES if quick else SIZES:
            rows.append(measure_size(crop, size, Path(tmp)))
            print(f"progressive: {size}² in {rows[-1]['seconds']:.0f} s", flush=True)
    tuning = float(np.mean([row["fine_tuning_s"] for row in rows]))
    full_mpx = FULL_SCENE[0] * FULL_SCENE[1] / 1e6
    # the slope between the two largest runs (fixed costs such as PyTorch's own memory cancel out)
    small, large = rows[-2:] if len(rows) > 1 else ({"size": 0, "seconds": 0, "fine_tuning_s": 0, "rss_mb": 0}, rows[-1])
    mpx = (large["size"] ** 2 - small["size"] ** 2) / 1e6
    per_mpx = ((large["seconds"] - large["fine_tuning_s"]) - (small["seconds"] - small["fine_tuning_s"])) / mpx
    memory_per_mpx = (large["rss_mb"] - small["rss_mb"]) / mpx
    (out / "progressive_speed.json").write_text(json.dumps(rows, indent=1))
    lines = [
        "## Progressive self-training: time and memory against the scene size (CPU)\n",
        __doc__.split("\n\n")[1].replace("\n", " ") + f" {THREADS} PyTorch threads.\n",
        "| scene (30 m px) | wall s | fine-tuning s | rest s | peak RSS MB | conservation max K |",
        "|---|---|---|---|---|---|",
    ]
    lines += [f"| {row['size']}² | {row['seconds']:.1f} | {row['fine_tuning_s']:.1f} | "
              f"{row['seconds'] - row['fine_tuning_s']:.1f} | {row['rss_mb']:.0f} | {row['conservation']:.4f} |"
              for row in rows]
    lines.append(
        f"\nA full {FULL_SCENE[0]} x {FULL_SCENE[1]} scene ({full_mpx:.0f} Mpx), estimated from the two largest runs: "
        f"fine-tuning about {tuning:.0f} s (it does not grow with the scene) plus {per_mpx:.1f} s per Mpx for the "
        f"rest, about {(tuning + per_mpx * full_mpx) / 60:.0f} min in all, and about "
        f"{(large['rss_mb'] + memory_per_mpx * (full_mpx - large['size'] ** 2 / 1e6)) / 1024:.1f} GB of memory (the scene "
        "is held in memory). Not run at that size here.\n")
    text = "\n".join(lines)
    (out / "progressive_speed.md").write_text(text)
    return text


def main():
    parser = section_arguments(__doc__, "a 1000² scene only")
    parser.add_argument("--child", nargs=3, metavar=("LST", "REFLECTANCE", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child)
    print(run(args.data, output_folder(args), args.quick))


if __name__ == "__main__":
    main()

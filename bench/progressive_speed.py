"""Time and memory of progressive self-training against the scene size, on CPU.

The Liverpool Landsat 8 crop (prepared at 30 m by the plugin: ST_B10 in K, SR_B2..SR_B7) is
mirror-tiled to N x N pixels, up to 7800² (61 Mpx, a full Landsat scene); the thermal layer,
delivered at 30 m, is brought to 90 m and back to 30 m with the default 100 fine-tuning steps per
stage. Each size runs in its own subprocess, so its peak RSS is its own. The fine-tuning samples
crops, so its time should not grow with N; the rest (reading, the final prediction, the energy
correction, writing) grows with N². The scene waits in temporary files, so memory should grow
with a row of the network's tiles (with N), not with N².

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

SIZES = (1000, 2000, 4000, 7800)
QUICK_SIZES = (1000,)
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
    (out / "progressive_speed.json").write_text(json.dumps(rows, indent=1))
    lines = [
        "## Progressive self-training: time and memory against the scene size (CPU)\n",
        __doc__.split("\n\n")[1].replace("\n", " ") + f" {THREADS} PyTorch threads.\n",
        "| scene (30 m px) | wall s | fine-tuning s | rest s | rest s per Mpx | peak RSS MB | conservation max K |",
        "|---|---|---|---|---|---|---|",
    ]
    lines += [f"| {row['size']}² | {row['seconds']:.1f} | {row['fine_tuning_s']:.1f} | "
              f"{row['seconds'] - row['fine_tuning_s']:.1f} | "
              f"{(row['seconds'] - row['fine_tuning_s']) / (row['size'] ** 2 / 1e6):.2f} | {row['rss_mb']:.0f} | "
              f"{row['conservation']:.4f} |" for row in rows]
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

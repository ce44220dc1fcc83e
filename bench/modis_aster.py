"""MODIS 1 km -> 250 m downscaling checked against simultaneous ASTER LST.

Protocol of Ait-Bachir et al. (2025), as in ../shared/data/README.md: downscale on the
MODIS grid, warp the result bilinearly onto the ASTER grid, compare on valid ASTER
pixels. Every method runs on the same pairs in the same run; bicubic upsampling is
the baseline.

    .venv/bin/python bench/modis_aster.py [--data ../shared/data] [--out bench/results]
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lst_downscaler.core.interpolation import bicubic  # noqa: E402
from lst_downscaler.core.metrics import accuracy, read_on_reference  # noqa: E402
from lst_downscaler.core.ndvi import NdviBand  # noqa: E402
from lst_downscaler.core.raster import BandSource  # noqa: E402
from lst_downscaler.core.sharpening import (  # noqa: E402
    Regression, Residual, SharpeningOptions, sharpen)

METRICS = ("rmse", "mae", "bias", "ubrmse", "ssim")


def classic_settings():
    """TsHARP/DisTrad settings compared with each other (name -> options)."""
    settings = {}
    for regression, name in ((Regression.FC_LINEAR, "TsHARP"), (Regression.NDVI_QUADRATIC, "DisTrad")):
        for residual in Residual:
            for gain in ((None, 1.0) if residual is not Residual.NONE else (1.0,)):
                for percent in (100, 25):
                    label = (f"{name} residual={residual.value} homogeneous={percent}% "
                             f"gain={'auto' if gain is None else gain}")
                    settings[label] = SharpeningOptions(regression=regression, residual=residual,
                                                        homogeneous_percent=percent, detail_gain=gain)
    return settings


def run_method(name, options, lst, ndvi, output):
    if options is None:
        bicubic(BandSource(str(lst)), BandSource(str(ndvi)).grid(), output)
    else:
        sharpen(BandSource(str(lst)), NdviBand(BandSource(str(ndvi))), output, options)


def evaluate(data, methods):
    folder = data / "modis_aster"
    pairs = [entry["id"] for entry in json.loads((folder / "index.json").read_text())]
    scores = {name: [] for name in methods}
    seconds = {name: 0.0 for name in methods}
    with tempfile.TemporaryDirectory() as tmp:
        for pair in pairs:
            lst = folder / f"{pair}_modis_lst_1km.tif"
            ndvi = folder / f"{pair}_modis_ndvi_250m.tif"
            aster = folder / f"{pair}_aster_lst_250m.tif"
            for name, options in methods.items():
                output = Path(tmp) / "out.tif"
                start = time.perf_counter()
                run_method(name, options, lst, ndvi, output)
                seconds[name] += time.perf_counter() - start
                prediction, reference = read_on_reference(output, aster)
                scores[name].append({"pair": pair, **accuracy(prediction, reference)})
    return pairs, scores, seconds


def table(scores, baseline):
    base = np.mean([s["rmse"] for s in scores[baseline]])
    lines = ["| method | RMSE (K) | MAE (K) | bias (K) | ubRMSE (K) | SSIM | RMSE / bicubic | worst-pair RMSE (K) |",
             "|---|---|---|---|---|---|---|---|"]
    for name, rows in scores.items():
        mean = {m: np.mean([r[m] for r in rows]) for m in METRICS}
        worst = max(rows, key=lambda r: r["rmse"])
        lines.append(f"| {name} | {mean['rmse']:.3f} | {mean['mae']:.3f} | {mean['bias']:+.3f} | "
                     f"{mean['ubrmse']:.3f} | {mean['ssim']:.3f} | {mean['rmse'] / base:.3f} | "
                     f"{worst['rmse']:.2f} (pair {worst['pair']}) |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args()
    if not (args.data / "modis_aster").is_dir():
        sys.exit(f"skipped: {args.data / 'modis_aster'} is absent")
    methods = {"bicubic": None, **classic_settings()}
    pairs, scores, seconds = evaluate(args.data, methods)
    text = (f"# MODIS 1 km -> 250 m against ASTER ({len(pairs)} pairs, mean over pairs)\n\n"
            f"Command: `.venv/bin/python bench/modis_aster.py`\n\n{table(scores, 'bicubic')}\n")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "modis_aster.md").write_text(text)
    (args.out / "modis_aster.json").write_text(json.dumps(scores, indent=1))
    print(text)


if __name__ == "__main__":
    main()

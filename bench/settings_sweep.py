"""TsHARP/DisTrad settings on the MODIS/ASTER pairs: the evidence for the chosen defaults.

Same protocol as the MODIS/ASTER section of accuracy.py (downscale on the MODIS grid,
warp bilinearly onto the ASTER grid, compare on valid ASTER pixels), but the settings
(residual: none / block / smooth / cubic; detail gain: fitted / 1; homogeneous pixels fitted:
100 % / 25 %) are run with the core functions directly, not through Processing.

    .venv/bin/python bench/settings_sweep.py [--data ../shared/data] [--out bench/results] [--quick]
"""

import argparse
import json
import tempfile
import time
from pathlib import Path

from common import (DEFAULT_DATA, DEFAULT_OUT, QUICK_OUT, accuracy_table, conservation_error,
                    modis_aster_pairs, modis_aster_paths, require_data)
from lst_downscaler.core.sharpening.bicubic import bicubic
from lst_downscaler.core.evaluation.metrics import accuracy, read_on_reference
from lst_downscaler.core.ndvi import NdviBand
from lst_downscaler.core.io.raster import BandSource
from lst_downscaler.core.sharpening.regression import Regression, Residual, SharpeningOptions, sharpen

QUICK_PAIRS = 3
FACTOR = 4


def classic_settings():
    """TsHARP/DisTrad settings compared with each other (label -> options)."""
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


def defaults_label(name):
    """Label of the provider's default settings (cubic residual, fitted gain) for a method."""
    percent = 100 if name == "TsHARP" else 25
    return f"{name} residual={Residual.CUBIC.value} homogeneous={percent}% gain=auto"


def run_setting(options, lst, ndvi, output):
    if options is None:
        bicubic(BandSource(str(lst)), BandSource(str(ndvi)).grid(), output)
    else:
        sharpen(BandSource(str(lst)), NdviBand(BandSource(str(ndvi))), output, options)


def evaluate(data, settings, limit=None):
    pairs = modis_aster_pairs(data, limit)
    scores = {name: [] for name in settings}
    failures = {name: [] for name in settings}
    with tempfile.TemporaryDirectory(prefix="bench-sweep-") as tmp:
        output = Path(tmp) / "out.tif"
        for pair in pairs:
            lst, ndvi, aster = modis_aster_paths(data, pair)
            for name, options in settings.items():
                start = time.perf_counter()
                try:
                    run_setting(options, lst, ndvi, output)
                except Exception as error:  # noqa: BLE001 (reported in the table)
                    failures[name].append({"item": pair, "error": str(error)[:200]})
                    continue
                seconds = time.perf_counter() - start
                result = accuracy(*read_on_reference(str(output), str(aster)), FACTOR)
                result["conservation"] = conservation_error(output, lst)
                scores[name].append({"item": pair, "seconds": seconds, **result})
    return pairs, scores, failures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_PAIRS} pairs only")
    args = parser.parse_args(argv)
    return run(args.data, args.out or (QUICK_OUT if args.quick else DEFAULT_OUT), args.quick)


def run(data, out, quick=False):
    """Run the sweep, write ``out/modis_aster_settings.md|json``; returns the Markdown section."""
    require_data(data, "modis_aster")
    settings = {"bicubic": None, **classic_settings()}
    start = time.perf_counter()
    print(f"settings sweep: {len(settings)} settings on MODIS/ASTER...", flush=True)
    pairs, scores, failures = evaluate(data, settings, QUICK_PAIRS if quick else None)
    text = (
        "## MODIS/ASTER: TsHARP and DisTrad settings (core functions)\n\n"
        "The evidence for the defaults. Same pairs and protocol as the MODIS/ASTER accuracy table, "
        "with every combination of residual correction (none / block = original / smooth mass-"
        "preserving / cubic interpolation), detail gain (fitted on the scene / 1 = original) and share of the most "
        "homogeneous coarse pixels fitted (100 % / 25 % per NDVI class), run with "
        "`lst_downscaler.core.sharpening.sharpen` directly. The provider's defaults are "
        f"'{defaults_label('TsHARP')}' (tsharp) and '{defaults_label('DisTrad')}' (distrad); "
        "'residual=block gain=1.0' is the original method.\n\n"
        f"Mean over {len(pairs)} pairs (K).\n\n"
        + accuracy_table(scores, failures, list(settings)))
    out.mkdir(parents=True, exist_ok=True)
    (out / "modis_aster_settings.md").write_text("# " + text[3:])
    (out / "modis_aster_settings.json").write_text(json.dumps({"scores": scores, "failures": failures}, indent=1))
    print(f"settings sweep: done in {time.perf_counter() - start:.0f} s", flush=True)
    return text


if __name__ == "__main__":
    main()

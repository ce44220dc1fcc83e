"""Spatiotemporal fusion: STARFM, ESTARFM and DLSTFM against the baselines of the same run, and STARFM's speed.

- ``yanco``: Landsat LST 2016-02-05 + MODIS 02-05 + MODIS 03-08 predict Landsat 03-08
  (../shared/data/fusion_yanco, 400 x 400 at 0.001 deg, ~100 m). The MODIS layers there
  are 1 km pixels resampled (nearest) onto the 100 m grid; they are block-averaged back to
  their 1 km grid (factor 10) before fusion. ESTARFM needs a fine truth between two fine
  dates, which Yanco does not have: n/a.
- ``ecostress``: ECOSTRESS LST granules of Los Angeles (../shared/data/ecostress_la),
  daytime, in time order; each triple of consecutive dates (t1, t2, t3) is a closed loop
  with a real fine truth at t2. Each granule (~70 m, its own grid) is cloud-masked with its
  cloud mask, and the coarse sensor is simulated by the energy-conserving aggregate (block
  mean of T^4) of the whole granule by a factor of 14 (~1 km), on the granule's own grid.
  The fine layers are a central crop of ``CROP`` pixels of each granule (each on its own
  grid: the fusion aligns them). STARFM predicts t2 from (t1, C1, C2), ESTARFM from (t1, C1),
  (t3, C3) and C2.
- ``ecostress held out``: DLSTFM was trained on ECOSTRESS dates of the same place, so it is
  measured only on the ordered pairs (t1 -> t2) of the dates held out from its training
  (``held_out_dates`` of its card, ``lst_downscaler/weights/dlstfm.json``), beside the baselines and STARFM on the same
  pairs, same crops and same coarse simulation.

Baselines, computed in the same run: ``coarse t2 cubic`` (the coarse LST at t2 interpolated
by cubic convolution onto the fine grid) and ``fine t1 + cubic change`` (F1 + cubic(C2 - C1)).
Each output is warped (bilinear) onto the truth's grid and compared on pixels valid in both
(metrics from lst_downscaler/core/metrics.py). RMSE ratios are to ``coarse t2 cubic``.

    .venv/bin/python bench/fusion.py [--data ../shared/data] [--out bench/results] [--quick]
"""

import argparse
import importlib.util
import itertools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine
from rasterio.windows import Window

from common import DEFAULT_DATA, DEFAULT_OUT, QUICK_OUT, ROOT  # noqa: F401 (ROOT puts the package on sys.path)
from lst_downscaler.core.evaluation.aggregate import energy_conserving_mean
from lst_downscaler.core.evaluation.metrics import accuracy, read_on_reference
from lst_downscaler.core.fusion import Conversion, EstarfmOptions, StarfmOptions, estarfm, starfm
from lst_downscaler.core.fusion.stack import CoarseLayer, plan_fusion
from lst_downscaler.core.io.raster import BandSource, GeoTiffWriter
from lst_downscaler.core.sharpening.bicubic import bicubic
from lst_downscaler.core.deep.registry import read_card

ECOSTRESS_FACTOR = 14   # 0.000631 deg x 14 = 0.0088 deg: ~980 m north-south, ~815 m east-west
CROP = 512
# Daytime granules (local time 10:50-17:54), in time order.
ECOSTRESS_DAY = ["2023202005411", "2023205231732", "2023209214058", "2023217182715", "2023226223548",
                 "2023230210126", "2023238175031"]
YANCO_FACTOR = 10
METHODS = ["coarse t2 cubic", "fine t1 + cubic change", "STARFM", "ESTARFM", "ESTARFM, Zhu's regression"]
PAIR_METHODS = ["coarse t2 cubic", "fine t1 + cubic change", "STARFM", "DLSTFM", "DLSTFM, no energy correction"]
DEEP_METHODS = ["DLSTFM", "DLSTFM, no energy correction"]
#: With the bias correction (fine - coarse offset at t1 removed from the coarse layers): real sensors only.
BIAS_METHODS = ["STARFM, bias-corrected", "DLSTFM, bias-corrected"]
BASELINE = "coarse t2 cubic"
BASELINES = ("coarse t2 cubic", "fine t1 + cubic change")
HAS_TORCH = importlib.util.find_spec("torch") is not None
# The dates the bundled DLSTFM weights were never trained on, as their card records them.
HELD_OUT = read_card("dlstfm").training["held_out_dates"]
SUMMARY = {}
PROTOCOL = (
    "Yanco: Landsat LST 2016-02-05 + MODIS 02-05 + MODIS 03-08 predict Landsat 03-08 (400 × 400 at "
    "0.001°, ~100 m); the MODIS layers, 1 km pixels repeated on the 100 m grid, are block-averaged back "
    "to 1 km. ECOSTRESS: consecutive daytime granules of Los Angeles (t1, t2, t3), each cloud-masked, "
    f"on its own grid; the coarse sensor is the energy-conserving (T⁴) aggregate of each whole granule by "
    f"{ECOSTRESS_FACTOR} (~1 km); the fine layers are {CROP}² crops at ~70 m of the same place (the "
    "fusion aligns their grids). STARFM predicts t2 from (F1, C1, C2); ESTARFM from (F1, C1), (F3, C3) "
    "and C2. Baselines of the same run: the coarse t2 LST interpolated by cubic convolution onto the "
    "fine grid, and F1 + cubic(C2 − C1). Outputs are warped (bilinear) onto the truth's grid and compared "
    "on pixels valid in both; default settings (STARFM and ESTARFM window 15, 4 classes, 1 K "
    "uncertainties; ESTARFM conversion coefficient 1), and ESTARFM with Zhu's regression coefficient. "
    "DLSTFM (bundled weights, CPU, with and without its energy correction) predicts t2 from (F1, C1, C2); it was trained on "
    "other ECOSTRESS dates of the same place, so at ECOSTRESS it is measured only on the ordered pairs "
    f"of the dates held out from its training ({', '.join(HELD_OUT)}), with the same crops and coarse "
    "simulation, beside the baselines and STARFM on the same pairs.")


def write(path, values, transform, crs):
    with rasterio.open(path, "w", driver="GTiff", width=values.shape[1], height=values.shape[0], count=1,
                       dtype="float32", crs=crs, transform=transform, nodata=-9999.0) as out:
        out.write(np.where(np.isfinite(values), values, -9999.0).astype(np.float32), 1)
    return str(path)


def yanco_inputs(data, folder):
    source = data / "fusion_yanco"

    def aggregate(name):
        with rasterio.open(source / f"{name}.tif") as dataset:
            values = dataset.read(1).astype(np.float64)
            rows, cols = (n // YANCO_FACTOR for n in values.shape)
            blocks = values[:rows * YANCO_FACTOR, :cols * YANCO_FACTOR].reshape(
                rows, YANCO_FACTOR, cols, YANCO_FACTOR).mean(axis=(1, 3))
            return write(folder / f"{name}_1km.tif", blocks, dataset.transform * Affine.scale(YANCO_FACTOR),
                         dataset.crs)

    return {"f1": str(source / "Landsat_LST_cloudrm_20160205.tif"),
            "c1": aggregate("MOD11A1_LST_cloudrm_20160205"), "c2": aggregate("MOD11A1_LST_cloudrm_20160308"),
            "truth": str(source / "Landsat_LST_cloudrm_20160308.tif")}


def ecostress_granule(data, stamp, folder, crop, bounds=None):
    """(fine crop path, coarse path) of one granule: cloud-masked K, crop of ``crop`` pixels centred
    (or covering ``bounds``), coarse = T^4 aggregate of the whole granule."""
    lst_path = data / "ecostress_la" / "lst" / f"ECO_L2_LSTE.002_LST_doy{stamp}_aid0001.tif"
    cloud_path = data / "ecostress_la" / "cloud_mask" / f"ECO_L2_LSTE.002_cloud_mask_doy{stamp}_aid0001.tif"
    with rasterio.open(lst_path) as dataset, rasterio.open(cloud_path) as cloud:
        dn = dataset.read(1)
        kelvin = np.where((dn == 0) | (cloud.read(1) == 1), np.nan, dn * 0.02)
        transform, crs = dataset.transform, dataset.crs
    coarse = energy_conserving_mean(kelvin, ECOSTRESS_FACTOR)
    coarse_path = write(folder / f"{stamp}_coarse.tif", coarse, transform * Affine.scale(ECOSTRESS_FACTOR), crs)
    if bounds is None:
        row, col = (kelvin.shape[0] - crop) // 2, (kelvin.shape[1] - crop) // 2
    else:
        col, row = (round(v) for v in ~transform * (bounds[0], bounds[3]))
    window = Window(col, row, crop, crop)
    fine = kelvin[row:row + crop, col:col + crop]
    fine_transform = rasterio.windows.transform(window, transform)
    fine_path = write(folder / f"{stamp}_fine.tif", fine, fine_transform, crs)
    left, top = fine_transform.c, fine_transform.f
    return fine_path, coarse_path, (left, top - crop * fine_transform.a, left + crop * fine_transform.a, top)


def ecostress_triples(data, folder, crop, count=None):
    triples = [ECOSTRESS_DAY[i:i + 3] for i in range(len(ECOSTRESS_DAY) - 2)]
    for t1, t2, t3 in triples[:count]:
        f1, c1, bounds = ecostress_granule(data, t1, folder, crop)
        truth, c2, _ = ecostress_granule(data, t2, folder, crop, bounds)
        f3, c3, _ = ecostress_granule(data, t3, folder, crop, bounds)
        yield f"{t1[:7]}-{t2[:7]}-{t3[:7]}", {"f1": f1, "c1": c1, "c2": c2, "f3": f3, "c3": c3, "truth": truth}


def ecostress_held_out_pairs(data, folder, crop):
    """The ordered pairs (t1 -> t2) of the dates held out from DLSTFM's training: (F1, C1, C2, truth)."""
    for t1, t2 in itertools.permutations(HELD_OUT, 2):
        f1, c1, bounds = ecostress_granule(data, t1, folder, crop)
        truth, c2, _ = ecostress_granule(data, t2, folder, crop, bounds)
        yield f"{t1[:7]}->{t2[:7]}", {"f1": f1, "c1": c1, "c2": c2, "truth": truth}


def run_dlstfm(inputs, output, correction=True, bias_correction=False):
    from lst_downscaler.core.deep.fusion import DlstfmOptions, dlstfm
    dlstfm(*(BandSource(inputs[k]) for k in ("f1", "c1", "c2")), output,
           DlstfmOptions(device="cpu", energy_correction=correction, bias_correction=bias_correction))


def change_baseline(inputs, output):
    """F1 + cubic(C2) - cubic(C1) on the fine grid."""
    f1 = BandSource(inputs["f1"])
    plan = plan_fusion(f1.grid(), BandSource(inputs["c1"]))
    c1, c2 = (CoarseLayer(BandSource(inputs[key]), plan) for key in ("c1", "c2"))
    with rasterio.open(inputs["f1"]) as dataset:
        fine = dataset.read(1, masked=True).astype(np.float32).filled(np.nan)
    height = plan.fine.height
    with GeoTiffWriter(output, plan.fine, "LST (K)", "K") as writer:
        writer.write(fine + c2.fine_rows(0, height) - c1.fine_rows(0, height), 0)


def run_methods(inputs, folder, deep=False, bias=False):
    """{method: (metrics, seconds)} for one closed loop; with ``deep``, DLSTFM too (when PyTorch is there);
    with ``bias``, STARFM and DLSTFM with the bias correction too."""
    outputs = {}
    runs = {
        "coarse t2 cubic": lambda out: bicubic(BandSource(inputs["c2"]), BandSource(inputs["f1"]).grid(), out),
        "fine t1 + cubic change": lambda out: change_baseline(inputs, out),
        "STARFM": lambda out: starfm(*(BandSource(inputs[k]) for k in ("f1", "c1", "c2")), out),
    }
    if deep and HAS_TORCH:
        runs["DLSTFM"] = lambda out: run_dlstfm(inputs, out)
        runs["DLSTFM, no energy correction"] = lambda out: run_dlstfm(inputs, out, correction=False)
    if bias:
        runs["STARFM, bias-corrected"] = lambda out: starfm(*(BandSource(inputs[k]) for k in ("f1", "c1", "c2")), out,
                                                             StarfmOptions(bias_correction=True))
        if HAS_TORCH:
            runs["DLSTFM, bias-corrected"] = lambda out: run_dlstfm(inputs, out, bias_correction=True)
    if "f3" in inputs:
        pairs = [BandSource(inputs[k]) for k in ("f1", "c1", "f3", "c3", "c2")]
        runs["ESTARFM"] = lambda out: estarfm(*pairs, out)
        runs["ESTARFM, Zhu's regression"] = lambda out: estarfm(
            *pairs, out, EstarfmOptions(conversion=Conversion.REGRESSION))
    for name, function in runs.items():
        path = str(folder / f"{''.join(c if c.isalnum() else '_' for c in name)}.tif")
        start = time.perf_counter()
        function(path)
        seconds = time.perf_counter() - start
        prediction, reference = read_on_reference(path, inputs["truth"])
        outputs[name] = (accuracy(prediction, reference), seconds)
    return outputs


def starfm_speed(inputs, window, repeats=5):
    """Seconds of STARFM on the 400 x 400 Yanco image, reading and writing included (every run)."""
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(repeats):
            start = time.perf_counter()
            starfm(*(BandSource(inputs[k]) for k in ("f1", "c1", "c2")), os.path.join(folder, "speed.tif"),
                   StarfmOptions(window=window))
            times.append(time.perf_counter() - start)
    return times


def table(rows, methods):
    """Markdown table of mean metrics per method over ``rows`` ({loop: {method: (metrics, s)}})."""
    lines = ["| method | RMSE K (× coarse t2 cubic) | MAE | bias | ubRMSE | SSIM | s per run |",
             "|---|---|---|---|---|---|---|"]
    means = {}
    for method in methods:
        results = [row[method] for row in rows.values() if method in row]
        if not results:
            continue
        mean = {key: float(np.mean([r[0][key] for r in results])) for key in ("rmse", "mae", "bias", "ubrmse", "ssim")}
        mean["seconds"] = float(np.mean([r[1] for r in results]))
        means[method] = mean
    base = means[BASELINE]["rmse"]
    for method, mean in means.items():
        lines.append(f"| {method} | {mean['rmse']:.3f} ({mean['rmse'] / base:.3f}) | {mean['mae']:.3f} | "
                     f"{mean['bias']:+.3f} | {mean['ubrmse']:.3f} | {mean['ssim']:.3f} | {mean['seconds']:.2f} |")
    return "\n".join(lines), means


def run(data, out, quick=False):
    """The fusion section (Markdown); writes fusion.md and fusion.json in ``out``."""
    if not (data / "fusion_yanco").exists() or not (data / "ecostress_la").exists():
        return "## Spatiotemporal fusion\n\nSkipped: fusion_yanco or ecostress_la is absent.\n"
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        yanco = yanco_inputs(data, work)
        yanco_rows = {"2016-02-05 → 2016-03-08": run_methods(yanco, work, deep=True, bias=True)}
        eco_rows = {}
        for name, inputs in ecostress_triples(data, work, CROP, 2 if quick else None):
            eco_rows[name] = run_methods(inputs, work)
        held_rows = {}
        for name, inputs in itertools.islice(ecostress_held_out_pairs(data, work, CROP), 2 if quick else None):
            held_rows[name] = run_methods(inputs, work, deep=True)
        load = os.getloadavg()
        times = {window: starfm_speed(yanco, window) for window in (StarfmOptions().window, 31)}
    yanco_table, yanco_means = table(yanco_rows, METHODS + DEEP_METHODS + BIAS_METHODS)
    eco_table, eco_means = table(eco_rows, METHODS)
    held_table, held_means = table(held_rows, PAIR_METHODS)
    held_per_pair = ["| held-out pair (doy t1->t2) | " + " | ".join(PAIR_METHODS) + " |",
                     "|---" * (len(PAIR_METHODS) + 1) + "|"]
    for name, row in held_rows.items():
        held_per_pair.append(f"| {name} | " + " | ".join(f"{row[m][0]['rmse']:.3f}" if m in row else "n/a"
                                                        for m in PAIR_METHODS) + " |")
    best = min(BASELINES, key=lambda m: held_means[m]["rmse"])
    held_verdict = (f"DLSTFM mean RMSE / best baseline ({best}): "
                    f"{held_means['DLSTFM']['rmse'] / held_means[best]['rmse']:.3f} (target ≤ 0.85)."
                    if "DLSTFM" in held_means else "DLSTFM: n/a (PyTorch is not installed).")
    per_loop = ["| ECOSTRESS loop (doy t1-t2-t3) | " + " | ".join(METHODS) + " |", "|---" * (len(METHODS) + 1) + "|"]
    for name, row in eco_rows.items():
        per_loop.append(f"| {name} | " + " | ".join(f"{row[m][0]['rmse']:.3f}" for m in METHODS) + " |")
    text = "\n".join([
        "## Spatiotemporal fusion (STARFM, ESTARFM, DLSTFM)\n",
        PROTOCOL + "\n",
        "### Yanco (Landsat 100 m + MODIS 1 km, real sensors)\n",
        yanco_table + "\n",
        "ESTARFM: n/a at Yanco (no fine truth between two fine dates). The bias is the real "
        "Landsat-MODIS gap of 2016-03-08 (MODIS about 4.5 K colder than Landsat that day, not on 02-05): "
        "no method that trusts the coarse change can remove it; compare ubRMSE. The bias correction "
        "removes the fine - coarse offset measured at the base date (t1) from the coarse layers: it cannot "
        "see a gap that opens only at t2.\n",
        f"### ECOSTRESS closed loops ({len(eco_rows)} consecutive daytime triples, {CROP}² crops at ~70 m, "
        f"coarse = T⁴ aggregate × {ECOSTRESS_FACTOR})\n",
        eco_table + "\n",
        "\n".join(per_loop) + "\n",
        f"### ECOSTRESS pairs held out from DLSTFM's training ({len(held_rows)} ordered pairs of "
        f"{', '.join(d[:7] for d in HELD_OUT)}, {CROP}² crops at ~70 m)\n",
        held_table + "\n",
        "\n".join(held_per_pair) + "\n",
        held_verdict + "\n",
        "### Speed\n\nSTARFM on the 400 × 400 Yanco image, reading and writing included "
        f"(1-minute load average {load[0]:.1f} on {os.cpu_count()} CPUs, shared): "
        + "; ".join(f"window {w}: median {np.median(t):.2f} s over {len(t)} runs (min {min(t):.2f}, max {max(t):.2f})"
                    for w, t in times.items())
        + ". Gao's C code: 0.5-3.8 s on a 400 × 400 image (issue 11).\n",
    ])
    SUMMARY.update(yanco=yanco_means, ecostress=eco_means, ecostress_held_out=held_means, starfm_seconds=times)
    out.mkdir(parents=True, exist_ok=True)
    (out / "fusion.md").write_text(text)
    (out / "fusion.json").write_text(json.dumps(
        {"yanco": {k: {m: v[0] for m, v in row.items()} for k, row in yanco_rows.items()},
         "ecostress": {k: {m: v[0] for m, v in row.items()} for k, row in eco_rows.items()},
         "ecostress_held_out": {k: {m: v[0] for m, v in row.items()} for k, row in held_rows.items()},
         "starfm_400_seconds": times}, indent=1))
    return text


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--quick", action="store_true", help="2 ECOSTRESS triples and 2 held-out pairs instead of all")
    args = parser.parse_args(argv)
    out = args.out or (QUICK_OUT if args.quick else DEFAULT_OUT)
    print(run(args.data, out, args.quick))
    return 0


if __name__ == "__main__":
    sys.exit(main())

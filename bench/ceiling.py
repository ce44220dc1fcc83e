"""How much of ASTER's sub-kilometre detail the MODIS NDVI can explain: the ceiling of NDVI-driven downscaling.

Issue 12 sets 0.90 x bicubic against ASTER as the target. This section measures what any downscaler whose only
fine predictor is the 250 m NDVI could reach, with models that are *fitted on ASTER itself*, scene by scene. They
are upper bounds, not methods: no shipped algorithm sees ASTER.

On the MODIS 250 m grid (aligned with the 1 km LST), over the 1 km blocks that ASTER and the NDVI cover fully:

- *ASTER detail* is ASTER minus its own 1 km block mean. Bicubic MODIS plus this detail is the issue's physical
  limit of a downscaler that keeps the MODIS values at 1 km.
- *NDVI ceiling, linear*: the NDVI's own sub-km detail times the one gain per scene that fits ASTER's detail best.
- *NDVI ceiling, boosted trees*: gradient-boosted trees per scene on the NDVI, its detail, its departures from
  3, 5 and 9-pixel means, its local standard deviation and the bicubic LST.

- *SIF-CNN-SR2, 1 km means reset to bicubic's*: the best method's own sub-km detail on bicubic's 1 km means. It
  tells whether that method gains through sub-km detail or by moving the 1 km field.

Both NDVI models are fitted on one random half of the blocks and predict the other (two folds), so every block is
predicted out of sample; their block means are removed, so the products keep bicubic's 1 km means. Each product,
the bicubic baseline and SIF-CNN-SR2 (the best method) are then scored as the MODIS/ASTER section scores them:
warped bilinearly onto the ASTER grid, on the valid ASTER pixels inside the complete blocks.

    .venv/bin/python bench/ceiling.py [--data ../shared/data] [--out bench/results] [--quick]
"""

import importlib.util
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
import rasterio
from rasterio.enums import Resampling
from scipy import ndimage

from common import modis_aster_pairs, modis_aster_paths, output_folder, require_data, section_arguments
from lst_downscaler.core.evaluation.metrics import read_on_reference, warp_onto
from lst_downscaler.core.io import resample
from lst_downscaler.core.io.raster import BandSource
from lst_downscaler.core.ndvi import NdviBand
from lst_downscaler.core.sharpening.bicubic import bicubic

FACTOR = 4
BEST_METHOD = "sif_cnn_sr2"
RESET = f"{BEST_METHOD}, 1 km means reset to bicubic's"
CEILINGS = ("NDVI ceiling, linear", "NDVI ceiling, boosted trees")
PRODUCTS = ["bicubic", BEST_METHOD, RESET, *CEILINGS, "ASTER detail"]
SEED = 0
TARGET = 0.90


def block_mean(values):
    """Each fine pixel's 1 km block mean (NaN where the block has no value)."""
    return resample.block_repeat(resample.block_mean(values, FACTOR), FACTOR, 0, *values.shape)


def ndvi_features(ndvi, lst):
    """Per-pixel predictors from the NDVI's neighbourhood and the bicubic LST."""
    columns = [ndvi, ndvi - block_mean(ndvi), lst]
    columns += [ndimage.uniform_filter(ndvi, size) - ndvi for size in (3, 5, 9)]
    mean = ndimage.uniform_filter(ndvi, 3)
    columns.append(np.sqrt(np.maximum(ndimage.uniform_filter(ndvi * ndvi, 3) - mean * mean, 0)))
    return np.stack(columns, -1)


def out_of_sample(fit, predict, blocks, valid):
    """Predictions for the valid pixels, each block predicted by the model fitted on the other fold."""
    fold = np.kron(blocks, np.ones((FACTOR, FACTOR), bool))
    result = np.full(valid.shape, np.nan)
    for part in (fold, ~fold):
        model = fit(valid & ~part)
        result[valid & part] = predict(model, valid & part)
    return result


def pair_scores(data, pair, work, rng):
    """({product: RMSE against ASTER}, R² of the linear and boosted NDVI ceilings) of one pair, or None."""
    from sklearn.ensemble import HistGradientBoostingRegressor

    from lst_downscaler.core.deep.downscale import DeepOptions, downscale

    lst_path, ndvi_path, aster_path = modis_aster_paths(data, pair)
    bicubic(BandSource(str(lst_path)), BandSource(str(ndvi_path)).grid(), str(work / "bicubic.tif"))
    downscale(BEST_METHOD, BandSource(str(lst_path)), NdviBand(BandSource(str(ndvi_path))),
              str(work / f"{BEST_METHOD}.tif"), DeepOptions(device="cpu"))
    with rasterio.open(lst_path) as coarse:
        shape = (coarse.height * FACTOR, coarse.width * FACTOR)
    with rasterio.open(work / "bicubic.tif") as source:
        profile = source.profile
        lst = source.read(1, masked=True).astype(np.float64).filled(np.nan)[:shape[0], :shape[1]]
    crs, transform = profile["crs"], profile["transform"]
    ndvi = warp_onto(str(ndvi_path), crs, transform, shape, Resampling.nearest)
    aster = warp_onto(str(aster_path), crs, transform, shape)
    complete = np.isfinite(aster + ndvi + lst)
    blocks = complete.reshape(shape[0] // FACTOR, FACTOR, shape[1] // FACTOR, FACTOR).all(axis=(1, 3))
    if blocks.sum() < 50:
        return None
    valid = np.kron(blocks, np.ones((FACTOR, FACTOR), bool))
    detail = np.where(valid, aster - block_mean(np.where(valid, aster, np.nan)), np.nan)
    features = ndvi_features(np.where(valid, ndvi, np.nan), lst)
    folds = rng.random(blocks.shape) < 0.5

    ndvi_detail = features[..., 1]
    linear = out_of_sample(lambda part: (detail[part] @ ndvi_detail[part]) / (ndvi_detail[part] @ ndvi_detail[part]),
                           lambda gain, part: gain * ndvi_detail[part], folds, valid)
    trees = out_of_sample(
        lambda part: HistGradientBoostingRegressor(max_iter=150, random_state=SEED).fit(features[part], detail[part]),
        lambda model, part: model.predict(features[part]), folds, valid)
    best = warp_onto(str(work / f"{BEST_METHOD}.tif"), crs, transform, shape, Resampling.nearest)
    details = {RESET: best - block_mean(best) + block_mean(lst) - lst,
               "NDVI ceiling, linear": linear - block_mean(linear),
               "NDVI ceiling, boosted trees": trees - block_mean(trees), "ASTER detail": detail}
    explained = {name: 1 - np.nanmean((detail - details[name]) ** 2) / np.nanmean(detail ** 2)
                 for name in CEILINGS}

    profile.update(height=shape[0], width=shape[1], nodata=np.nan, dtype="float32", count=1)
    paths = {"bicubic": work / "bicubic.tif", BEST_METHOD: work / f"{BEST_METHOD}.tif"}
    for name, values in details.items():
        paths[name] = work / f"{name.replace(', ', '_').replace(' ', '_')}.tif"
        with rasterio.open(paths[name], "w", **profile) as output:
            output.write(np.where(valid, lst + values, lst).astype(np.float32), 1)
    mask_path = work / "blocks.tif"
    with rasterio.open(mask_path, "w", **profile) as output:
        output.write(np.where(valid, 1.0, np.nan).astype(np.float32), 1)
    inside, reference = read_on_reference(str(mask_path), str(aster_path), Resampling.nearest)
    scored = np.isfinite(inside) & np.isfinite(reference)
    predictions = {name: read_on_reference(str(path), str(aster_path))[0] for name, path in paths.items()}
    for prediction in predictions.values():
        scored &= np.isfinite(prediction)
    rmse = {name: float(np.sqrt(np.mean((prediction[scored] - reference[scored]) ** 2)))
            for name, prediction in predictions.items()}
    return rmse, explained


def run(data, out, quick=False):
    """The ceiling section (Markdown); writes modis_aster_ceiling.md and .json in ``out``."""
    missing = [name for name in ("sklearn", "torch") if importlib.util.find_spec(name) is None]
    if missing:
        return f"## MODIS/ASTER: the ceiling of NDVI-driven detail\n\nSkipped: {' and '.join(missing)} not installed.\n"
    pairs = modis_aster_pairs(data, 3 if quick else None)
    rng = np.random.default_rng(SEED)
    rows = {}
    with tempfile.TemporaryDirectory() as work:
        for pair in pairs:
            scores = pair_scores(data, pair, Path(work), rng)
            if scores is not None:
                rows[pair] = scores
    evaluation = set(pairs[1::2])
    lines = ["## MODIS/ASTER: the ceiling of NDVI-driven detail\n",
             __doc__.split("\n\n", 1)[1].rsplit("\n\n", 1)[0] + "\n",
             f"{len(rows)} pairs with at least 50 complete 1 km blocks. Mean RMSE against ASTER (K) and its ratio to "
             "bicubic on the same pixels; the evaluation half is that of the MODIS/ASTER section.\n",
             "| product | RMSE (K) | RMSE / bicubic | evaluation half: RMSE / bicubic | share of ASTER's sub-km "
             "detail variance explained (median over pairs) |",
             "|---|---|---|---|---|"]
    base = np.mean([row[0]["bicubic"] for row in rows.values()])
    base_evaluation = np.mean([row[0]["bicubic"] for pair, row in rows.items() if pair in evaluation] or [np.nan])
    for name in PRODUCTS:
        mean = np.mean([row[0][name] for row in rows.values()])
        evaluated = np.mean([row[0][name] for pair, row in rows.items() if pair in evaluation] or [np.nan])
        share = {"ASTER detail": "1"}.get(name, "")
        if name in CEILINGS:
            share = f"{np.median([row[1][name] for row in rows.values()]):.2f}"
        lines.append(f"| {name} | {mean:.3f} | {mean / base:.3f} | {evaluated / base_evaluation:.3f} | {share} |")
    aster = np.mean([row[0]["ASTER detail"] ** 2 for row in rows.values()])
    bicubic_mse = np.mean([row[0]["bicubic"] ** 2 for row in rows.values()])
    needed = (1 - TARGET ** 2) * bicubic_mse / (bicubic_mse - aster)
    lines.append(f"\nTo reach {TARGET:.2f} x bicubic while keeping the 1 km means, a downscaler would have to explain about "
                 f"{needed:.0%} of the variance of ASTER's sub-km detail (mean squared errors over the pairs, the "
                 "unexplained part counted in full).\n")
    text = "\n".join(lines) + "\n"
    (out / "modis_aster_ceiling.md").write_text(text)
    (out / "modis_aster_ceiling.json").write_text(json.dumps(
        {pair: {"rmse": row[0], "explained": row[1]} for pair, row in rows.items()}, indent=1))
    return text


def main(argv=None):
    args = section_arguments(__doc__, "3 MODIS pairs").parse_args(argv)
    require_data(args.data, "modis_aster/index.json")
    print(run(args.data, output_folder(args), args.quick))
    return 0


if __name__ == "__main__":
    sys.exit(main())

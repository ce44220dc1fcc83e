"""Accuracy of every downscaling algorithm of the provider, on three real datasets.

Methods are discovered from the Processing provider (group id ``downscaling``) and run
through ``processing.run`` with LST, NDVI and OUTPUT, all in the same run, so that each
is compared with the bicubic baseline measured on the same inputs.

- ``modis_aster``: the 56 MODIS/ASTER pairs (independent sensor). MODIS LST 1 km is
  downscaled with the 250 m NDVI on the MODIS grid, the result is warped bilinearly
  onto the ASTER grid and compared on valid ASTER pixels (Ait-Bachir et al. 2025).
- ``landsat_closed_loop``: Landsat 8 Liverpool and Momotombo crops. ST_B10 in kelvin
  is aggregated in T^4 from 30 m to 300 m, sharpened back to 30 m with the 30 m NDVI
  (SR_B4/SR_B5), and both output and reference are aggregated (T^4) to 90 m before
  comparing, since the thermal band is 100 m native. Fill (DN 0) is masked; clouds and
  the volcano of Momotombo are kept. Algorithms with further predictor layers (DMS) also get
  the reflectance bands SR_B2..SR_B7 at 30 m.
- ``modis_closed_loop``: each pair's MODIS 1 km LST aggregated (T^4) to 4 km and
  sharpened back to 1 km with the NDVI block-averaged to 1 km on the LST grid.
- ``modis_patches_loop``: the MODIS patches of ``modis_patches_2020`` at the positions held out
  from SRDA-Net's training, 1 km LST aggregated (T^4) to 2 km and sharpened back with the 1 km
  NDVI of MOD13A2.

    .venv/bin/python bench/accuracy.py [--data ../shared/data] [--out bench/results] [--quick]
"""

import argparse
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.warp import reproject

from common import (BASELINE, DEFAULT_DATA, ROOT, DEFAULT_OUT, DOWNSCALING_GROUP, LANDSAT_SCENES, QUICK_OUT,
                    accuracy_table, comparison_figure, conservation_error, coarse_block_mean, downscaling_algorithms,
                    mean_rmse, needs_reflectance, plural, modis_aster_pairs, modis_aster_paths, read_band, require_data,
                    run_algorithm, scaled, split_table, start_qgis, write_band, write_bands)
from lst_downscaler.core.deep.registry import read_card
from lst_downscaler.core.evaluation.aggregate import energy_conserving_mean
from lst_downscaler.core.evaluation.metrics import accuracy, read_on_reference, warp_onto
from lst_downscaler.core.sensors.indices import SpectralIndex, index_values
from lst_downscaler.training.progressive import load_crop
from lst_downscaler.training.patches import LST_DIR, ensure_extracted, load_patches, split_of

QUICK_PAIRS = 3
LANDSAT_FACTOR = 10   # 30 m -> 300 m
LANDSAT_COMPARE = 3   # 30 m -> 90 m, compared there (thermal band 100 m native)
MODIS_LOOP_FACTOR = 4  # 1 km -> 4 km
#: Datasets of this many items or fewer get a table and a figure per item.
FEW_ITEMS = 3
PROGRESSIVE = "progressive_landsat"
STAGE0_CACHE = ROOT / "build" / "cache" / "bench_progressive"


def stage0_without(data, item):
    """The .json card of a progressive stage 0 trained by the bundled card's command on every shared
    Landsat scene but ``item`` (trained on the first call, then reused while that command holds)."""
    bundled = read_card(PROGRESSIVE)
    arguments = iter(shlex.split(bundled.training["command"])[3:])  # after "python -m lst_downscaler.training"
    kept = []
    for argument in arguments:
        if argument in ("--out", "--checkpoints", "--data", "--exclude"):
            next(arguments)  # its value: this run sets its own
        else:
            kept.append(argument)
    folder = STAGE0_CACHE / item
    kept += ["--data", str(data / "landsat"), "--exclude", Path(LANDSAT_SCENES[item]).name, "--out", str(folder),
             "--checkpoints", str(folder / "checkpoints"), "--resume"]
    card = folder / f"{PROGRESSIVE}.json"
    command = "python -m lst_downscaler.training " + shlex.join(kept)
    if not card.exists() or json.loads(card.read_text())["training"]["command"] != command:
        shutil.rmtree(folder, ignore_errors=True)
        print(f"accuracy: training a stage 0 without {item}: {command}", flush=True)
        subprocess.run([sys.executable, "-m", "lst_downscaler.training", *kept], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    return card


def on_reference_grid(inputs, output):
    """The output on the reference grid of ``inputs`` (warped when a method wrote another grid,
    as the x4 deep models do in the x10 Landsat loop)."""
    prediction, transform, _ = read_band(output)
    if prediction.shape == inputs["reference"].shape and transform.almost_equals(inputs["transform"]):
        return prediction
    return warp_onto(output, inputs["crs"], inputs["transform"], inputs["reference"].shape)


class ModisAster:
    key = "modis_aster"
    short = "MODIS/ASTER"
    title = "MODIS 1 km → 250 m against simultaneous ASTER LST"
    unit = "pair"
    factor = 4
    protocol = (
        "Each pair's MODIS LST (1 km, sinusoidal) is downscaled with the MODIS NDVI (250 m) on the "
        "MODIS grid; the result is warped bilinearly onto the ASTER grid (UTM, ~232 m) and compared "
        "on valid ASTER pixels. ASTER is an independent sensor with another retrieval algorithm: "
        "bias and unbiased RMSE (the standard deviation of the error) are reported beside RMSE. "
        "ERGAS with the downscaling factor 4. The conservation error is the mean |block mean of the "
        "output − MODIS LST| over the MODIS pixels fully covered by the output.")

    def __init__(self, data, limit):
        self.data = data
        self.items = modis_aster_pairs(data, limit)

    def split(self):
        """The fixed split of issue 12: hyper-parameters and weights are chosen on the tuning part
        (every other pair in the order of index.json, from the first), reported on the evaluation
        part (the others)."""
        return {"tuning": set(self.items[0::2]), "evaluation": set(self.items[1::2])}

    def prepare(self, item, folder):
        lst, ndvi, aster = modis_aster_paths(self.data, item)
        return {"lst": lst, "ndvi": ndvi, "aster": aster}

    def score(self, inputs, output):
        prediction, reference = read_on_reference(str(output), str(inputs["aster"]))
        result = accuracy(prediction, reference, self.factor)
        result["conservation"] = conservation_error(output, inputs["lst"])
        return result

    def figure_data(self, inputs, outputs):
        reference, transform, crs = read_band(inputs["aster"])
        coarse = np.full(reference.shape, np.nan)
        with rasterio.open(inputs["lst"]) as source:
            reproject(rasterio.band(source, 1), coarse, src_nodata=source.nodata, dst_transform=transform,
                      dst_crs=crs, dst_nodata=np.nan, resampling=Resampling.nearest)
        warped, errors = {}, {}
        for name, path in outputs.items():
            prediction, _ = read_on_reference(str(path), str(inputs["aster"]))
            warped[name] = (prediction, transform)
            errors[name] = (prediction - reference, transform)
        return (coarse, transform), warped, (reference, transform), errors

    def figure_title(self, item):
        return f"MODIS/ASTER pair {item}: MODIS 1 km → 250 m, shown on the ASTER grid"


class LandsatLoop:
    key = "landsat_closed_loop"
    short = "Landsat loop 300 → 30 m"
    title = "Landsat closed loop, 300 m → 30 m, compared at 90 m"
    unit = "scene"
    factor = LANDSAT_FACTOR / LANDSAT_COMPARE
    has_reflectance = True
    protocol = (
        "The three shared Landsat crops, prepared by the plugin's own preparation: Liverpool and Momotombo "
        "(Landsat 8 Collection 2 Level-2: ST_B10 surface temperature in kelvin, SR_B2..SR_B7 surface "
        "reflectance) and Amazon (Landsat 5 TM Level-1, 1988: B6 brightness temperature, TOA reflectance of "
        "B1..B5 and B7; thermal band 120 m native). The thermal layer is cropped to a multiple of 10 pixels and "
        "aggregated energy-conservingly (block mean of T⁴) from 30 m to 300 m, then sharpened back to 30 m "
        "with the 30 m NDVI from red/NIR. Output and reference are both aggregated (T⁴) to 90 m and compared "
        "there, since the thermal band is 100 m native. Momotombo's clouds (cold) and active volcano (hot) are "
        "kept. DMS, which takes further predictor layers, gets the six reflectance bands at 30 m beside the "
        "NDVI; progressive self-training gets them as one 6-band layer, and for each scene a stage 0 trained "
        "by the bundled card's command on the other scenes only (`--exclude`; trained once, cached in "
        "build/cache/bench_progressive), so that no scene is scored by weights that saw it. ERGAS with the "
        "ratio 300 m / 90 m; the conservation error is against the 300 m input. The x4 deep models resample "
        "the NDVI to 75 m here (a quarter of the LST pixel) and output at 75 m: their output is warped "
        "bilinearly onto the 30 m grid before the comparison.")

    def __init__(self, data, limit):
        self.data = data
        self.items = list(LANDSAT_SCENES)

    def prepare(self, item, folder):
        crop = load_crop(self.data / LANDSAT_SCENES[item])
        transform, crs = crop.transform, crop.crs
        rows = crop.lst.shape[0] // LANDSAT_FACTOR * LANDSAT_FACTOR
        cols = crop.lst.shape[1] // LANDSAT_FACTOR * LANDSAT_FACTOR
        lst = crop.lst[:rows, :cols]
        reflectance = {role: band[:rows, :cols] for role, band in crop.reflectance.items()}
        ndvi = index_values(SpectralIndex.NDVI, reflectance)
        coarse = energy_conserving_mean(lst, LANDSAT_FACTOR)
        paths = {"lst": folder / f"{item}_lst_300m.tif", "ndvi": folder / f"{item}_ndvi_30m.tif"}
        write_band(paths["lst"], coarse, scaled(transform, LANDSAT_FACTOR), crs, "K")
        write_band(paths["ndvi"], ndvi, transform, crs)
        paths["predictors"] = [write_band(folder / f"{item}_{role}_30m.tif", band, transform, crs)
                               for role, band in reflectance.items()]
        paths["reflectance"] = write_bands(folder / f"{item}_reflectance_30m.tif", list(reflectance.values()),
                                           transform, crs)
        paths["model_files"] = {PROGRESSIVE: stage0_without(self.data, item)}
        return {**paths, "reference": lst, "transform": transform, "crs": crs, "coarse": coarse}

    def score(self, inputs, output):
        prediction = on_reference_grid(inputs, output)
        result = accuracy(energy_conserving_mean(prediction, LANDSAT_COMPARE),
                          energy_conserving_mean(inputs["reference"], LANDSAT_COMPARE), self.factor)
        result["conservation"] = conservation_error(output, inputs["lst"])
        return result

    def figure_data(self, inputs, outputs):
        transform = inputs["transform"]
        reference90 = energy_conserving_mean(inputs["reference"], LANDSAT_COMPARE)
        at90 = scaled(transform, LANDSAT_COMPARE)
        shown, errors = {}, {}
        for name, path in outputs.items():
            prediction = on_reference_grid(inputs, path)
            shown[name] = (prediction, transform)
            errors[name] = (energy_conserving_mean(prediction, LANDSAT_COMPARE) - reference90, at90)
        return ((inputs["coarse"], scaled(transform, LANDSAT_FACTOR)), shown,
                (inputs["reference"], transform), errors)

    def figure_title(self, item):
        return f"Landsat {item}: 300 m → 30 m (errors at 90 m)"


class ModisLoop:
    key = "modis_closed_loop"
    short = "MODIS loop 4 → 1 km"
    title = "MODIS closed loop, 4 km → 1 km"
    unit = "pair"
    factor = MODIS_LOOP_FACTOR
    protocol = (
        "Each pair's MODIS 1 km LST is aggregated energy-conservingly (block mean of T⁴) to ~3.7 km "
        "(factor 4) and sharpened back to 1 km with the 250 m NDVI block-averaged onto the 1 km LST "
        "grid (complete blocks only; the NDVI grid is offset from the LST grid by 0-3 fine pixels, "
        "so an edge row or column may have no NDVI). The output is compared with the 1 km MODIS "
        "LST. ERGAS with factor 4; the conservation error is against the 4 km input.")

    def __init__(self, data, limit):
        self.data = data
        self.items = modis_aster_pairs(data, limit)

    def prepare(self, item, folder):
        lst_path, ndvi_path, _ = modis_aster_paths(self.data, item)
        lst, transform, crs = read_band(lst_path)
        ndvi250, ndvi_transform, _ = read_band(ndvi_path)
        ndvi = coarse_block_mean(ndvi250, ndvi_transform, lst.shape, transform)
        coarse = energy_conserving_mean(lst, MODIS_LOOP_FACTOR)
        paths = {"lst": folder / f"{item}_lst_4km.tif", "ndvi": folder / f"{item}_ndvi_1km.tif"}
        write_band(paths["lst"], coarse, scaled(transform, MODIS_LOOP_FACTOR), crs, "K")
        write_band(paths["ndvi"], ndvi, transform, crs)
        return {**paths, "reference": lst, "transform": transform, "crs": crs, "coarse": coarse}

    def score(self, inputs, output):
        prediction = on_reference_grid(inputs, output)
        result = accuracy(prediction, inputs["reference"], self.factor)
        result["conservation"] = conservation_error(output, inputs["lst"])
        return result

    def figure_data(self, inputs, outputs):
        transform = inputs["transform"]
        shown = {name: (read_band(path)[0], transform) for name, path in outputs.items()}
        errors = {name: (values - inputs["reference"], transform) for name, (values, _) in shown.items()}
        return ((inputs["coarse"], scaled(transform, MODIS_LOOP_FACTOR)), shown,
                (inputs["reference"], transform), errors)

    def figure_title(self, item):
        return f"MODIS closed loop, pair {item}: 4 km → 1 km"


class PatchesLoop(ModisLoop):
    key = "modis_patches_loop"
    short = "MODIS loop 2 → 1 km (held-out patches)"
    title = "MODIS closed loop, 2 km → 1 km, on patch positions held out from training"
    unit = "patch"
    factor = 2
    protocol = (
        "The MODIS LST patches of `modis_patches_2020` (MOD11A1 LST_Day_1km, tile h18v04, 2020, 64 × 64 "
        "pixels at 926.6 m) at the 18 positions that the fixed split of SRDA-Net's training holds out "
        "as its test set; the first date of each. The 1 km LST is aggregated energy-conservingly "
        "(block mean of T⁴) by 2 and sharpened back to 1 km with the 1 km NDVI of the MOD13A2 red/NIR "
        "composite of the same position; the output is compared with the 1 km LST. The x4 deep models "
        "resample the NDVI to 500 m and output at 500 m: their output is warped bilinearly onto the "
        "1 km grid. ERGAS with factor 2; the conservation error is against the 2 km input.")

    def __init__(self, data, limit):
        self.root = ensure_extracted(data / "modis_patches_2020", ROOT / "build" / "cache")
        positions = {path.name.split(".")[-2] for path in (self.root / LST_DIR).glob("*.tif")}
        held_out = {position for position in positions if split_of(position) == "test"}
        first = {}
        for patch in load_patches(self.root, positions=held_out):
            first.setdefault(patch.position, patch)
        self.patches = first
        self.items = sorted(first)[:limit] if limit else sorted(first)

    def prepare(self, item, folder):
        patch = self.patches[item]
        [path] = (self.root / LST_DIR).glob(f"MOD11A1.A2020{patch.day:03d}.*.{item}.tif")
        with rasterio.open(path) as dataset:
            transform, crs = dataset.transform, dataset.crs
        lst = patch.lst.astype(np.float64)
        coarse = energy_conserving_mean(lst, self.factor)
        paths = {"lst": folder / f"{item}_lst_2km.tif", "ndvi": folder / f"{item}_ndvi_1km.tif"}
        write_band(paths["lst"], coarse, scaled(transform, self.factor), crs, "K")
        write_band(paths["ndvi"], patch.ndvi, transform, crs)
        return {**paths, "reference": lst, "transform": transform, "crs": crs, "coarse": coarse}

    def figure_data(self, inputs, outputs):
        transform = inputs["transform"]
        shown = {name: (on_reference_grid(inputs, path), transform) for name, path in outputs.items()}
        errors = {name: (values - inputs["reference"], transform) for name, (values, _) in shown.items()}
        return ((inputs["coarse"], scaled(transform, self.factor)), shown,
                (inputs["reference"], transform), errors)

    def figure_title(self, item):
        return f"MODIS closed loop, held-out patch position {item}: 2 km → 1 km"


DATASETS = {cls.key: cls for cls in (ModisAster, LandsatLoop, ModisLoop, PatchesLoop)}
SUMMARY = {}


def run_item(provider, names, dataset, item, folder):
    """{method: output path}, {method: seconds}, {method: error} for one item."""
    inputs = dataset.prepare(item, folder)
    outputs, seconds, errors = {}, {}, {}
    for name in names:
        output = folder / f"{item}_{name}.tif"
        try:
            seconds[name] = run_algorithm(provider, name, inputs, output)
            outputs[name] = output
        except Exception as error:  # noqa: BLE001 (a failing method is reported, not fatal)
            errors[name] = str(error).strip().splitlines()[0][:200] if str(error).strip() else repr(error)
    return inputs, outputs, seconds, errors


def evaluate(provider, names, dataset, figure_folder):
    """Scores of every method on every item of ``dataset``; draws its figure(s)."""
    scores = {name: [] for name in names}
    failures = {name: [] for name in names}
    start = time.perf_counter()
    kept = {}  # a few items' inputs and outputs, drawn without running them again
    with tempfile.TemporaryDirectory(prefix=f"bench-{dataset.key}-") as tmp:
        for item in dataset.items:
            folder = Path(tmp) / str(item)
            folder.mkdir()
            inputs, outputs, seconds, errors = run_item(provider, names, dataset, item, folder)
            if len(dataset.items) <= FEW_ITEMS:
                kept[item] = inputs, outputs
            for name, error in errors.items():
                failures[name].append({"item": item, "error": error})
            for name, output in outputs.items():
                scores[name].append({"item": item, "seconds": seconds[name], **dataset.score(inputs, output)})
        figures = []
        for item in representative(dataset, scores, names):
            if item in kept:
                inputs, outputs = kept[item]
            else:
                folder = Path(tmp) / f"figure-{item}"
                folder.mkdir()
                inputs, outputs, _, _ = run_item(provider, names, dataset, item, folder)
            if outputs:
                suffix = "" if len(dataset.items) > FEW_ITEMS else f"_{str(item).lower()}"
                path = figure_folder / f"{dataset.key}{suffix}.png"
                comparison_figure(path, dataset.figure_title(item), *dataset.figure_data(inputs, outputs))
                figures.append((item, path))
    return {"scores": scores, "failures": failures, "figures": figures,
            "seconds": time.perf_counter() - start}


def representative(dataset, scores, names):
    """Every item for datasets of a few scenes, else the pair of median baseline RMSE."""
    if len(dataset.items) <= FEW_ITEMS:
        return list(dataset.items)
    reference = BASELINE if BASELINE in names else names[0]
    rows = sorted(scores[reference], key=lambda r: r["rmse"])
    return [rows[len(rows) // 2]["item"]] if rows else []


def markdown(dataset, result, methods):
    names = list(methods)
    scores, failures = result["scores"], result["failures"]
    lines = [f"## {dataset.title}\n", dataset.protocol + "\n",
             f"Mean over {len(dataset.items)} {plural(dataset.unit)} (K); worst {dataset.unit} = the one with the "
             "largest RMSE; ratio to the bicubic baseline of the same run; s / run = seconds per "
             "processing.run call.\n",
             accuracy_table(scores, failures, names, unit_label=dataset.unit)]
    if hasattr(dataset, "split"):
        lines.append("Fixed split of the pairs (every other pair of index.json, from the first, for tuning; the "
                     "others for evaluation): settings and weights are chosen on the tuning part only.\n\n"
                     + split_table(scores, failures, names, dataset.split()))
    if len(dataset.items) <= FEW_ITEMS:
        for item in dataset.items:
            single = {n: [r for r in scores[n] if r["item"] == item] for n in names}
            single_failures = {n: [f for f in failures[n] if f["item"] == item] for n in names}
            lines.append(f"{item} alone:\n\n" + accuracy_table(single, single_failures, names,
                                                                unit_label=dataset.unit, single=True))
    lines.append("Methods: " + "; ".join(f"`{n}` {d}" for n, d in methods.items()) + ".\n")
    for item, path in result["figures"]:
        lines.append(f"![{dataset.figure_title(item)}]({path.name})\n")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_PAIRS} MODIS pairs only")
    parser.add_argument("--datasets", nargs="+", choices=list(DATASETS), default=list(DATASETS))
    args = parser.parse_args(argv)
    return run(args.data, args.out or (QUICK_OUT if args.quick else DEFAULT_OUT), args.quick, args.datasets)


def run(data, out, quick=False, datasets=tuple(DATASETS)):
    """Evaluate, write ``out/<dataset>.md|json|png``; returns {dataset: markdown}.

    ``SUMMARY`` receives {dataset: {method: (mean RMSE, ratio to bicubic)}}.
    """
    require_data(data, "modis_aster", *LANDSAT_SCENES.values())
    out.mkdir(parents=True, exist_ok=True)
    provider = start_qgis()
    methods = downscaling_algorithms(provider)
    print(f"accuracy: methods from the provider's '{DOWNSCALING_GROUP}' group: {', '.join(methods)}", flush=True)
    sections = {}
    for key in datasets:
        dataset = DATASETS[key](data, QUICK_PAIRS if quick else None)
        print(f"accuracy: {key}, {len(dataset.items)} {dataset.unit}(s)...", flush=True)
        runs = {name: label for name, label in methods.items()
                if getattr(dataset, "has_reflectance", False) or not needs_reflectance(provider, name)}
        result = evaluate(provider, list(runs), dataset, out)
        text = markdown(dataset, result, runs)
        (out / f"{key}.md").write_text(f"# {dataset.title}\n\n" + text.split("\n", 1)[1].lstrip("\n"))
        (out / f"{key}.json").write_text(json.dumps(
            {"methods": runs, "scores": result["scores"], "failures": result["failures"]}, indent=1, default=str))
        print(f"accuracy: {key} done in {result['seconds']:.0f} s", flush=True)
        sections[key] = text
        SUMMARY[key] = {"title": dataset.short, "unit": dataset.unit, "count": len(dataset.items),
                        "methods": runs, "rmse": mean_rmse(result["scores"], result["failures"], list(runs))}
    return sections


if __name__ == "__main__":
    main()

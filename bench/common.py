"""What the bench scripts share: data paths, QGIS start-up, method discovery, rasters,
metrics tables and figures.

The downscaling methods are discovered from the plugin's Processing provider: every
algorithm whose group id is ``downscaling`` is benchmarked, through ``processing.run``
with the parameters LST (coarse LST), NDVI (fine NDVI) and OUTPUT. A required raster
parameter that is not LST or NDVI (the bicubic baseline's GRID, the layer that defines
the output grid) gets the fine NDVI layer too.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lst_downscaler.core.io import resample  # noqa: E402

DEFAULT_DATA = Path(os.environ.get("LST_DOWNSCALER_DATA", ROOT.parent / "shared" / "data"))
DEFAULT_OUT = ROOT / "bench" / "results"
QUICK_OUT = ROOT / "build" / "bench-quick"
WORK = ROOT / "build" / "bench"
BASELINE = "bicubic"
DOWNSCALING_GROUP = "downscaling"
NODATA = -9999.0

LIVERPOOL = "landsat/LC08_L2SP_204023_20200927_20201006_02_T1-cropped"
MOMOTOMBO = "landsat/LC08_L2SP_017051_20151205_20200908_02_T1-cropped"
AMAZON = "landsat/LT05_L1T_224063_19880814-cropped"
LANDSAT_SCENES = {"Liverpool": LIVERPOOL, "Momotombo": MOMOTOMBO, "Amazon": AMAZON}
# Landsat Collection 2 Level-2 scaling (data README).
ST_SCALE, ST_OFFSET = 0.00341802, 149.0
SR_SCALE, SR_OFFSET = 2.75e-05, -0.2


def section_arguments(doc, quick_help=None):
    """The arguments of a bench section run on its own: --data, --out and --quick."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=None, help="default: bench/results (--quick: build/bench-quick)")
    parser.add_argument("--quick", action="store_true", help=quick_help)
    return parser


def output_folder(args):
    """The section's output folder, created: --out, or the default of a quick or a full run."""
    out = args.out or (QUICK_OUT if args.quick else DEFAULT_OUT)
    out.mkdir(parents=True, exist_ok=True)
    return out


def require_data(data, *parts):
    """Exit cleanly (status 0) with a message when the shared data are absent."""
    missing = [data / part for part in parts if not (data / part).exists()]
    if missing:
        print(f"bench skipped: {', '.join(str(m) for m in missing)} absent "
              f"(the benchmarks need the real data in ../shared/data, see its README)")
        sys.exit(0)


def modis_aster_pairs(data, limit=None):
    folder = data / "modis_aster"
    pairs = [entry["id"] for entry in json.loads((folder / "index.json").read_text())]
    return pairs[:limit] if limit else pairs


def modis_aster_paths(data, pair):
    """(MODIS LST 1 km, MODIS NDVI 250 m, ASTER LST) of one pair."""
    folder = data / "modis_aster"
    return tuple(folder / f"{pair}_{name}.tif" for name in ("modis_lst_1km", "modis_ndvi_250m", "aster_lst_250m"))


# --- QGIS, Processing and the provider -------------------------------------------------

_QGIS = {}


def start_qgis():
    """QGIS (headless), Processing and the lst_downscaler provider; returns the provider."""
    if "provider" in _QGIS:
        return _QGIS["provider"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", str(WORK / "qgis-profile"))
    Path(os.environ["QGIS_CUSTOM_CONFIG_PATH"]).mkdir(parents=True, exist_ok=True)
    from qgis.core import QgsApplication
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    for plugins in ("/usr/share/qgis/python/plugins",):
        if plugins not in sys.path:
            sys.path.append(plugins)
    from processing.core.Processing import Processing
    Processing.initialize()
    from lst_downscaler.provider import LstDownscalerProvider
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("lst_downscaler")
    if provider is None:
        provider = LstDownscalerProvider()
        registry.addProvider(provider)
    _QGIS.update(app=app, provider=provider)
    return provider


def downscaling_algorithms(provider):
    """{algorithm name: display name} of the provider's downscaling group, baseline first."""
    found = {a.name(): a.displayName() for a in provider.algorithms() if a.groupId() == DOWNSCALING_GROUP}
    return dict(sorted(found.items(), key=lambda item: (item[0] != BASELINE, item[0])))


def needs_reflectance(provider, name):
    """Whether an algorithm takes a multi-band reflectance layer it cannot do without (progressive
    self-training): only the Landsat datasets have one."""
    definition = provider.algorithm(name).parameterDefinition("REFLECTANCE")
    return definition is not None and not definition.flags() & definition.FlagOptional


def parameters_for(provider, name, inputs, output):
    """processing.run parameters from a dataset item's ``inputs``: LST, NDVI, OUTPUT; other required
    rasters get the NDVI layer; an algorithm with a PREDICTORS parameter (DMS's further fine layers)
    gets ``predictors``, the dataset's other fine layers (Landsat: the reflectance bands), when there
    are any; one that needs a reflectance layer gets ``reflectance`` (6 bands, blue to SWIR 2), and
    the model file ``model_files`` names for it, if any."""
    algorithm = provider.algorithm(name)
    parameters = {"LST": str(inputs["lst"]), "OUTPUT": str(output)}
    ndvi, predictors = inputs["ndvi"], inputs.get("predictors")
    if predictors and algorithm.parameterDefinition("PREDICTORS") is not None:
        parameters["PREDICTORS"] = [str(path) for path in predictors]
    if needs_reflectance(provider, name):
        parameters["REFLECTANCE"] = str(inputs["reflectance"])
    if name in inputs.get("model_files", {}):
        parameters["MODEL_FILE"] = str(inputs["model_files"][name])
    for definition in algorithm.parameterDefinitions():
        key = definition.name()
        if key in parameters:
            continue
        optional = bool(definition.flags() & definition.FlagOptional)
        if key == "NDVI" or (definition.type() == "raster" and not optional):
            parameters[key] = str(ndvi)
    return parameters


def run_algorithm(provider, name, inputs, output):
    """Run one downscaling algorithm through processing.run; returns seconds taken."""
    import processing
    from qgis.core import QgsProcessingFeedback
    start = time.perf_counter()
    processing.run(f"{provider.id()}:{name}", parameters_for(provider, name, inputs, output),
                   feedback=QgsProcessingFeedback())
    return time.perf_counter() - start


# --- rasters ---------------------------------------------------------------------------

def read_band(path):
    """(float64 values with NaN for nodata, transform, crs) of band 1."""
    with rasterio.open(path) as dataset:
        values = dataset.read(1, masked=True).astype(np.float64).filled(np.nan)
        return values, dataset.transform, dataset.crs


def write_band(path, values, transform, crs, units=None):
    """A Float32 GeoTIFF with nodata -9999 (NaN in ``values``)."""
    values = np.where(np.isfinite(values), values, NODATA).astype(np.float32)
    with rasterio.open(path, "w", driver="GTiff", width=values.shape[1], height=values.shape[0], count=1,
                       dtype="float32", crs=crs, transform=transform, nodata=NODATA) as dataset:
        dataset.write(values, 1)
        if units:
            dataset.units = (units,)
    return path


def write_bands(path, bands, transform, crs):
    """A multi-band Float32 GeoTIFF with nodata -9999 (NaN in ``bands``)."""
    values = np.stack([np.where(np.isfinite(band), band, NODATA) for band in bands]).astype(np.float32)
    with rasterio.open(path, "w", driver="GTiff", width=values.shape[2], height=values.shape[1],
                       count=len(values), dtype="float32", crs=crs, transform=transform, nodata=NODATA) as dataset:
        dataset.write(values)
    return path


def landsat_arrays(folder):
    """(LST in K, NDVI, transform, crs) of a Landsat C2 L2 crop at 30 m; DN 0 (fill) is NaN.

    LST = ST_B10 DN * 0.00341802 + 149; reflectance = DN * 2.75e-05 - 0.2; NDVI from
    SR_B4 (red) and SR_B5 (NIR), clipped to [-1, 1].
    """
    def band(suffix):
        path = next(folder.glob(f"*_{suffix}.TIF"))
        with rasterio.open(path) as dataset:
            return dataset.read(1), dataset.transform, dataset.crs

    thermal, transform, crs = band("ST_B10")
    red_dn, nir_dn = band("SR_B4")[0], band("SR_B5")[0]
    lst = np.where(thermal == 0, np.nan, thermal * ST_SCALE + ST_OFFSET)
    red, nir = red_dn * SR_SCALE + SR_OFFSET, nir_dn * SR_SCALE + SR_OFFSET
    with np.errstate(invalid="ignore", divide="ignore"):
        ndvi = (nir - red) / (nir + red)
    ndvi[(red_dn == 0) | (nir_dn == 0) | ~np.isfinite(ndvi)] = np.nan
    return lst, np.clip(ndvi, -1, 1), transform, crs


def coarse_block_mean(fine, fine_transform, coarse_shape, coarse_transform):
    """Plain mean of the fine pixels in each coarse pixel (same CRS, integer factor and offset).

    Only complete blocks (every fine pixel inside the fine raster and valid) get a value.
    """
    factor = round(coarse_transform.a / fine_transform.a)
    col, row = ~fine_transform * (coarse_transform.c, coarse_transform.f)
    col, row = round(col), round(row)
    rows, cols = coarse_shape[0] * factor, coarse_shape[1] * factor
    padded = np.full((rows, cols), np.nan)
    r0, c0 = max(row, 0), max(col, 0)
    r1, c1 = min(row + rows, fine.shape[0]), min(col + cols, fine.shape[1])
    if r1 > r0 and c1 > c0:
        padded[r0 - row:r1 - row, c0 - col:c1 - col] = fine[r0:r1, c0:c1]
    total, _, count = resample.block_sums(padded, factor)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count == factor * factor, total / count, np.nan)


def conservation_error(output_path, coarse_path):
    """Mean |block mean of the output - coarse input LST| (K) over complete, valid blocks."""
    fine, fine_transform, fine_crs = read_band(output_path)
    coarse, coarse_transform, coarse_crs = read_band(coarse_path)
    if fine_crs != coarse_crs:
        return float("nan")
    means = coarse_block_mean(fine, fine_transform, coarse.shape, coarse_transform)
    error = (means - coarse)[np.isfinite(means) & np.isfinite(coarse)]
    return float(np.mean(np.abs(error))) if error.size else float("nan")


def extent(transform, shape):
    """(left, right, bottom, top) for imshow."""
    left, top = transform.c, transform.f
    return (left, left + shape[1] * transform.a, top + shape[0] * transform.e, top)


def plural(noun):
    return noun + ("es" if noun.endswith(("ch", "sh", "s", "x")) else "s")


def scaled(transform, factor):
    return transform * Affine.scale(factor)


# --- tables ----------------------------------------------------------------------------

COLUMNS = (("rmse", "RMSE (K)", "{:.3f}"), ("mae", "MAE (K)", "{:.3f}"), ("bias", "bias (K)", "{:+.3f}"),
           ("ubrmse", "ubRMSE (K)", "{:.3f}"), ("r2", "R²", "{:.3f}"), ("ssim", "SSIM", "{:.3f}"),
           ("ergas", "ERGAS", "{:.3f}"), ("conservation", "cons. err. (K)", "{:.3f}"))


def common_items(scores, failures, names):
    """(every item, the items scored by every method, {method: {item: row}})."""
    items = []
    for name in names:
        items += [r["item"] for r in scores[name] if r["item"] not in items]
        items += [f["item"] for f in failures.get(name, []) if f["item"] not in items]
    by_method = {name: {r["item"]: r for r in scores[name]} for name in names}
    return items, [item for item in items if all(item in by_method[name] for name in names)], by_method


def mean_rmse(scores, failures, names, baseline=BASELINE):
    """{method: (mean RMSE over the common items, ratio to the baseline or None)}."""
    _, common, by_method = common_items(scores, failures, names)
    if not common:
        return {}
    means = {name: float(np.mean([by_method[name][i]["rmse"] for i in common])) for name in names}
    base = means.get(baseline)
    return {name: (value, value / base if base else None) for name, value in means.items()}


def split_table(scores, failures, names, parts, baseline=BASELINE):
    """Markdown table: mean RMSE and its ratio to the baseline on each part of a fixed split of
    the items (``parts``: {part name: items})."""
    columns = {part: mean_rmse({n: [r for r in scores[n] if r["item"] in items] for n in names},
                               failures, names, baseline) for part, items in parts.items()}
    lines = ["| method | " + " | ".join(f"{part}: RMSE (K) | {part}: RMSE / {baseline}" for part in parts) + " |",
             "|---|" + "---|---|" * len(parts)]
    for name in names:
        cells = []
        for part in parts:
            rmse, ratio = columns[part].get(name, (None, None))
            cells += [f"{rmse:.3f}" if rmse is not None else "—", f"{ratio:.3f}" if ratio is not None else "—"]
        lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def accuracy_table(scores, failures, names, baseline=BASELINE, unit_label="pair", single=False):
    """Markdown table: mean over the items scored by every method, ratio to the baseline, worst item.

    ``scores`` maps method -> list of dicts (``item``, metrics, ``seconds``); ``failures``
    maps method -> list of dicts (``item``, ``error``). Items where any method failed are
    left out of every mean (so that all methods are compared on the same items), and counted.
    """
    items, common, by_method = common_items(scores, failures, names)
    if not common:
        return "No item was downscaled by every method.\n"
    base_by_item = {i: by_method[baseline][i]["rmse"] for i in common} if baseline in names else {}
    base = np.mean(list(base_by_item.values())) if base_by_item else None
    header = ["method"] + [label for _, label, _ in COLUMNS] + ["RMSE / bicubic"] + (
        [] if single else [f"{plural(unit_label)} better than bicubic", f"worst {unit_label}: RMSE (K)"]) + ["s / run"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name in names:
        rows = [by_method[name][item] for item in common]
        cells = [f"`{name}`"]
        for key, _, fmt in COLUMNS:
            values = [r[key] for r in rows if key in r and np.isfinite(r[key])]
            cells.append(fmt.format(np.mean(values)) if values else "n/a")
        mean_rmse = np.mean([r["rmse"] for r in rows])
        cells.append(f"{mean_rmse / base:.3f}" if base else "n/a")
        if not single:
            if base is None or name == baseline:
                cells.append("—")
            else:
                cells.append(f"{sum(r['rmse'] < base_by_item[r['item']] for r in rows)} / {len(rows)}")
            worst = max(rows, key=lambda r: r["rmse"])
            cells.append(f"{worst['rmse']:.2f} ({worst['item']})")
        cells.append(f"{np.mean([r['seconds'] for r in rows]):.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    notes = []
    for name in names:
        failed = failures.get(name, [])
        if failed:
            notes.append(f"`{name}` failed on {len(failed)} {unit_label}(s): "
                         + "; ".join(f"{f['item']}: {f['error']}" for f in failed[:3]))
    if len(items) > len(common):
        notes.append(f"{len(items) - len(common)} {unit_label}(s) left out of the means because a "
                     "method failed on them.")
    return "\n".join(lines) + "\n" + "".join(f"\n{note}\n" for note in notes)


# --- figures ---------------------------------------------------------------------------

def comparison_figure(path, title, coarse, outputs, reference, errors, error_label="error (K)"):
    """PNG: coarse input, each output, the reference (shared K scale); error maps below.

    Each raster argument is (values, transform); ``outputs`` and ``errors`` map method names
    to rasters.
    """
    from matplotlib import colormaps
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    top = [("coarse input", coarse)] + list(outputs.items()) + [("reference", reference)]
    ncols = len(top)
    ref_valid = reference[0][np.isfinite(reference[0])]
    vmin, vmax = np.percentile(ref_valid, (2, 98))
    err_values = np.concatenate([e[0][np.isfinite(e[0])] for e in errors.values()] or [np.zeros(1)])
    limit = max(float(np.percentile(np.abs(err_values), 98)), 0.1)
    height, width = reference[0].shape
    panel = 3.0
    figure = Figure(figsize=(panel * ncols + 1.0, 2 * panel * height / width + 1.2), dpi=110,
                    layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.subplots(2, ncols, squeeze=False)
    heat = colormaps["inferno"].with_extremes(bad=(0.85, 0.85, 0.85, 1))
    diverging = colormaps["RdBu_r"].with_extremes(bad=(0.85, 0.85, 0.85, 1))
    image = None
    for ax, (label, (values, transform)) in zip(axes[0], top):
        image = ax.imshow(values, cmap=heat, vmin=vmin, vmax=vmax, extent=extent(transform, values.shape),
                          interpolation="nearest")
        ax.set_title(label, fontsize=9)
    error_image = None
    axes[1][0].axis("off")
    axes[1][-1].axis("off")
    for ax, (label, (values, transform)) in zip(axes[1][1:], errors.items()):
        valid = values[np.isfinite(values)]
        rmse = np.sqrt(np.mean(valid ** 2)) if valid.size else float("nan")
        error_image = ax.imshow(values, cmap=diverging, vmin=-limit, vmax=limit,
                                extent=extent(transform, values.shape), interpolation="nearest")
        ax.set_title(f"{label} − reference\nRMSE {rmse:.2f} K", fontsize=9)
    left, bottom, right, upper = (min(ax.get_xlim()[0] for ax in axes[0]), min(ax.get_ylim()[0] for ax in axes[0]),
                                  max(ax.get_xlim()[1] for ax in axes[0]), max(ax.get_ylim()[1] for ax in axes[0]))
    for ax in axes.ravel():
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_xlim(left, right)
        ax.set_ylim(bottom, upper)
    figure.suptitle(title, fontsize=10)
    figure.colorbar(image, ax=list(axes[0]), label="LST (K)", shrink=0.9, extend="both")
    if error_image is not None:
        figure.colorbar(error_image, ax=list(axes[1]), label=error_label, shrink=0.9, extend="both")
    figure.savefig(path)
    return path


# --- the machine -----------------------------------------------------------------------

def machine():
    """One line: CPU model, core count, memory, software versions."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 ** 2:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip() or str(os.cpu_count())
    from osgeo import gdal
    versions = (f"Python {platform.python_version()}, numpy {np.__version__}, GDAL {gdal.__version__}, "
                f"rasterio {rasterio.__version__}")
    try:
        from qgis.core import Qgis
        versions += f", QGIS {Qgis.QGIS_VERSION}"
    except ImportError:
        pass
    return f"{model}, nproc {cores}{memory}; {platform.platform()}; {versions}"

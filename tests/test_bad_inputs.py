"""The bad-input matrix: realistic broken inputs built from ../shared/data, run as a user would.

Each case ends in a clear message with no output left, or in a correct run; no case may
change an input (checked by sha256 before and after).
"""

import hashlib
import os
import shutil
import subprocess
import warnings

import numpy as np
import pytest
import rasterio
from rasterio.errors import NotGeoreferencedWarning
from rasterio.windows import Window

from rasters import derive, read
from shared_data import LIVERPOOL, modis_aster, require


def run(algorithm, parameters, feedback=None):
    import processing
    return processing.run(f"lst_downscaler:{algorithm}", parameters, feedback=feedback)


def sha256(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def checksums(folder):
    return {path.name: sha256(path) for path in folder.rglob("*") if path.is_file()
            and not path.name.endswith(".aux.xml")}


def untagged(source, destination, change=None):
    """A copy of ``source`` without its nodata tag (nodata pixels keep their value), optionally changed."""
    with rasterio.open(source) as dataset:
        values, profile = dataset.read(1), dataset.profile
    profile.pop("nodata")
    with rasterio.open(destination, "w", **profile) as dataset:
        dataset.write(change(values) if change else values, 1)
    return str(destination)


def window(source, destination, col, row, width, height):
    """A georeferenced crop of ``source``."""
    with rasterio.open(source) as dataset:
        crop = Window(col, row, width, height)
        values, profile = dataset.read(1, window=crop), dataset.profile
        profile.update(width=width, height=height, transform=dataset.window_transform(crop))
    with rasterio.open(destination, "w", **profile) as dataset:
        dataset.write(values, 1)
    return str(destination)


def truncated(source, destination):
    """A copy of ``source`` cut to half its size: the header is intact, the data are not."""
    data = open(source, "rb").read()
    open(destination, "wb").write(data[:len(data) // 2])
    return str(destination)


def scattered_hot_pixels(values):
    """One pixel in 20 set to a distinct temperature of 10000 K or more."""
    index = np.arange(values.size).reshape(values.shape)
    return np.where(index % 20 == 0, 10000 + index, values)


def one_pixel(value, row=20, col=30):
    def change(values):
        values = values.copy()
        values[row, col] = value
        return values
    return change


def warnings_feedback():
    """A Processing feedback whose text log keeps the warnings."""
    from qgis.core import QgsProcessingFeedback
    return QgsProcessingFeedback()


@pytest.fixture
def inputs(tmp_path):
    """A folder with MODIS/ASTER pair 0 (64 x 64 LST, 256 x 256 NDVI) and an output folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    names = ("lst", "ndvi", "aster")
    paths = {name: folder / f"{name}.tif" for name in names}
    for name, source in zip(names, modis_aster(0)):
        shutil.copy(source, paths[name])
    out = tmp_path / "out"
    out.mkdir()
    return {**{name: str(path) for name, path in paths.items()}, "folder": folder, "out": out}


@pytest.fixture
def scene(tmp_path):
    """A copy of the Liverpool Landsat 8 scene: MTL, ST_B10, SR_B4 and SR_B5."""
    source = require(LIVERPOOL)
    folder = tmp_path / "scene"
    folder.mkdir()
    for pattern in ("*_MTL.txt", "*_ST_B10.TIF", "*_SR_B4.TIF", "*_SR_B5.TIF"):
        shutil.copy(next(source.glob(pattern)), folder)
    out = tmp_path / "out"
    out.mkdir()
    return {"folder": folder, "mtl": next(folder.glob("*_MTL.txt")), "out": out}


def edit_mtl(mtl, drop=(), replace=None):
    """Remove the lines of keys ``drop`` and apply ``replace`` {old: new} to the MTL text."""
    lines = [line for line in mtl.read_text().splitlines()
             if line.strip().partition(" =")[0] not in drop]
    text = "\n".join(lines) + "\n"
    for old, new in (replace or {}).items():
        text = text.replace(old, new)
    mtl.write_text(text)


def drop_georeferencing(folder):
    """Band files without CRS or transform, as in the crops published by xlandsat."""
    for band in folder.glob("*.TIF"):
        with rasterio.open(band) as dataset:
            values, profile = dataset.read(1), dataset.profile
        profile.update(crs=None, transform=rasterio.Affine.identity())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NotGeoreferencedWarning)
            with rasterio.open(band, "w", **profile) as dataset:
                dataset.write(values, 1)


# Each case: (algorithm, function(inputs or scene, tmp_path) -> parameters, expected message
# or None for a correct run). Parameters may use the output folder ``out``.
MODIS_REFUSED = {
    "tsharp, NDVI int16 x10000": ("tsharp", lambda i, t: {
        "LST": i["lst"], "NDVI": derive(i["ndvi"], t / "ndvi_int.tif",
                                        lambda v: np.where(v == -9999, -9999, v * 10000), dtype="int16")},
        "scaled integers"),
    "sif_cnn_sr2, NDVI int16 x10000": ("sif_cnn_sr2", lambda i, t: {
        "LST": i["lst"], "NDVI": derive(i["ndvi"], t / "ndvi_int.tif",
                                        lambda v: np.where(v == -9999, -9999, v * 10000), dtype="int16")},
        "scaled integers"),
    "sc_unet, NDVI int16 x10000": ("sc_unet", lambda i, t: {
        "LST": i["lst"], "NDVI": derive(i["ndvi"], t / "ndvi_int.tif",
                                        lambda v: np.where(v == -9999, -9999, v * 10000), dtype="int16")},
        "scaled integers"),
    "distrad, LST in kelvin x 100": ("distrad", lambda i, t: {
        "LST": derive(i["lst"], t / "lst100.tif", lambda v: np.where(v == -9999, 0, v * 100),
                      dtype="uint16", nodata=0), "NDVI": i["ndvi"]}, "kelvin x 100: scale 0.01"),
    "srda_net, LST in Celsius": ("srda_net", lambda i, t: {
        "LST": derive(i["lst"], t / "lst_c.tif", lambda v: np.where(v == -9999, v, v - 273.15)),
        "NDVI": i["ndvi"]}, "degrees Celsius"),
    "tsharp, 5 % of LST pixels at 10000 K and more": ("tsharp", lambda i, t: {
        "LST": derive(i["lst"], t / "hot.tif", scattered_hot_pixels), "NDVI": i["ndvi"]}, "are outside 150-500 K"),
    "bicubic, one coarse pixel of overlap": ("bicubic", lambda i, t: {
        "LST": i["lst"], "GRID": window(i["ndvi"], t / "tiny.tif", 100, 100, 4, 5)}, "at least 2 x 2"),
    "sif_cnn_sr2, one coarse pixel of overlap": ("sif_cnn_sr2", lambda i, t: {
        "LST": i["lst"], "NDVI": window(i["ndvi"], t / "tiny.tif", 100, 100, 4, 5)}, "at least 2 x 2"),
    "tsharp, truncated LST": ("tsharp", lambda i, t: {
        "LST": truncated(i["lst"], t / "cut.tif"), "NDVI": i["ndvi"]}, "truncated or corrupt GeoTIFF"),
    "sif_cnn_sr2, truncated NDVI": ("sif_cnn_sr2", lambda i, t: {
        "LST": i["lst"], "NDVI": truncated(i["ndvi"], t / "cut.tif")}, "truncated or corrupt GeoTIFF"),
    "bicubic, truncated LST": ("bicubic", lambda i, t: {
        "LST": truncated(i["lst"], t / "cut.tif"), "GRID": i["ndvi"]}, "truncated or corrupt GeoTIFF"),
    "compare_with_reference, truncated downscaled LST": ("compare_with_reference", lambda i, t: {
        "DOWNSCALED": truncated(i["lst"], t / "cut.tif"), "REFERENCE": i["aster"],
        "OUTPUT_ERROR": str(i["out"] / "error.tif"), "OUTPUT_REPORT": str(i["out"] / "report.html")},
        "truncated or corrupt GeoTIFF"),
    "tsharp, OUTPUT is the LST": ("tsharp", lambda i, t: {
        "LST": i["lst"], "NDVI": i["ndvi"], "OUTPUT": i["lst"]}, "is the input"),
    "bicubic, OUTPUT is the grid layer": ("bicubic", lambda i, t: {
        "LST": i["lst"], "GRID": i["ndvi"], "OUTPUT": i["ndvi"]}, "is the input"),
    "sif_cnn_sr2, OUTPUT is the NDVI": ("sif_cnn_sr2", lambda i, t: {
        "LST": i["lst"], "NDVI": i["ndvi"], "OUTPUT": i["ndvi"]}, "is the input"),
    "tsharp, OUTPUT is a folder": ("tsharp", lambda i, t: {
        "LST": i["lst"], "NDVI": i["ndvi"], "OUTPUT": str(i["out"])}, "is a folder"),
    "tsharp, OUTPUT .png": ("tsharp", lambda i, t: {
        "LST": i["lst"], "NDVI": i["ndvi"], "OUTPUT": str(i["out"] / "lst.png")}, "ends in '.png'"),
    "bicubic, OUTPUT .jpg": ("bicubic", lambda i, t: {
        "LST": i["lst"], "GRID": i["ndvi"], "OUTPUT": str(i["out"] / "lst.jpg")}, "ends in '.jpg'"),
    "sif_cnn_sr2, OUTPUT .nc": ("sif_cnn_sr2", lambda i, t: {
        "LST": i["lst"], "NDVI": i["ndvi"], "OUTPUT": str(i["out"] / "lst.nc")}, "ends in '.nc'"),
    "tsharp, OUTPUT under a file": ("tsharp", lambda i, t: {
        "LST": i["lst"], "NDVI": i["ndvi"], "OUTPUT": str(t / "in" / "lst.tif" / "x.tif")},
        "is a file, not a folder"),
    "tsharp, OUTPUT where nothing can be written": ("tsharp", lambda i, t: {
        "LST": i["lst"], "NDVI": i["ndvi"], "OUTPUT": "/proc/lst_downscaler_test.tif"}, "Cannot write"),
    "prepare_aster, Landsat ST_B10 file": ("prepare_aster", lambda i, t: {
        "PRODUCT": str(next(require(LIVERPOOL).glob("*_ST_B10.TIF")))}, "not an ASTER AST_08"),
}

MODIS_CORRECT = {
    "tsharp, one LST pixel at 1e30": ("tsharp", lambda i, t: {
        "LST": derive(i["lst"], t / "lst.tif", one_pixel(1e30)), "NDVI": i["ndvi"]}),
    "distrad, one LST pixel at 10000 K": ("distrad", lambda i, t: {
        "LST": derive(i["lst"], t / "lst.tif", one_pixel(10000)), "NDVI": i["ndvi"]}),
    "sif_cnn_sr2, one LST pixel at 10000 K": ("sif_cnn_sr2", lambda i, t: {
        "LST": derive(i["lst"], t / "lst.tif", one_pixel(10000)), "NDVI": i["ndvi"]}),
    "tsharp, untagged 0 fill in the LST": ("tsharp", lambda i, t: {
        "LST": untagged(i["lst"], t / "lst.tif", lambda v: np.where(np.arange(v.shape[0])[:, None] < 3, 0, v)),
        "NDVI": i["ndvi"]}),
    "bicubic, untagged -9999 fill in the LST": ("bicubic", lambda i, t: {
        "LST": untagged(i["lst"], t / "lst.tif", one_pixel(-9999)), "GRID": i["ndvi"]}),
    "sif_cnn_sr2, untagged -9999 fill in the NDVI": ("sif_cnn_sr2", lambda i, t: {
        "LST": i["lst"], "NDVI": untagged(i["ndvi"], t / "ndvi.tif", one_pixel(-9999, 100, 100))}),
}


def require_packages(provider, algorithm):
    """Skip a case whose algorithm lacks a package here (PyTorch on Debian 13): it would only say so."""
    ok, message = provider.algorithm(algorithm).canExecute()
    if not ok:
        pytest.skip(message.split(",")[0])


@pytest.mark.parametrize("case", sorted(MODIS_REFUSED))
def test_refused_with_a_message(provider, inputs, tmp_path, case):
    from qgis.core import QgsProcessingException
    algorithm, build, message = MODIS_REFUSED[case]
    require_packages(provider, algorithm)
    parameters = {"OUTPUT": str(inputs["out"] / "lst.tif"), **build(inputs, tmp_path)}
    before = checksums(inputs["folder"])
    with pytest.raises(QgsProcessingException, match=message):
        run(algorithm, parameters)
    assert checksums(inputs["folder"]) == before
    assert list(inputs["out"].iterdir()) == []


@pytest.mark.parametrize("case", sorted(MODIS_CORRECT))
def test_a_few_broken_pixels_are_dropped_with_a_warning(provider, inputs, tmp_path, case):
    algorithm, build = MODIS_CORRECT[case]
    require_packages(provider, algorithm)
    output = inputs["out"] / "lst.tif"
    parameters = {"OUTPUT": str(output), **build(inputs, tmp_path)}
    feedback = warnings_feedback()
    run(algorithm, parameters, feedback)
    assert "treated as nodata" in feedback.textLog()
    values, _ = read(str(output))
    lst, _ = read(inputs["lst"])
    assert np.nanmin(lst) - 15 < np.nanmin(values) and np.nanmax(values) < np.nanmax(lst) + 15
    assert np.isfinite(values).mean() > 0.9


def test_untagged_fill_in_the_reference_is_flagged(provider, inputs, tmp_path):
    """An untagged -9999 fill in the ASTER reference gave RMSE 2121 K; it is nodata now."""
    reference = untagged(inputs["aster"], tmp_path / "aster.tif")
    feedback = warnings_feedback()
    result = run("compare_with_reference", {
        "DOWNSCALED": inputs["lst"], "REFERENCE": reference,
        "OUTPUT_ERROR": str(inputs["out"] / "error.tif"), "OUTPUT_REPORT": str(inputs["out"] / "report.json")},
        feedback)
    assert "hold -9999, a fill value without a nodata tag" in feedback.textLog()
    assert result["RMSE"] < 5


SCENE_REFUSED = {
    "MTL without SPACECRAFT_ID": (lambda s: edit_mtl(s["mtl"], drop=("SPACECRAFT_ID",)), {}, "SPACECRAFT_ID"),
    "empty TEMPERATURE_MULT_BAND_ST_B10": (
        lambda s: edit_mtl(s["mtl"], replace={"TEMPERATURE_MULT_BAND_ST_B10 = 0.00341802":
                                              "TEMPERATURE_MULT_BAND_ST_B10 ="}), {},
        "TEMPERATURE_MULT_BAND_ST_B10 is empty"),
    "SR_B4 missing": (lambda s: next(s["folder"].glob("*_SR_B4.TIF")).unlink(), {}, "no SR_B4 band file"),
    "no georeferencing, MTL without UTM_ZONE": (
        lambda s: (drop_georeferencing(s["folder"]), edit_mtl(s["mtl"], drop=("UTM_ZONE",))), {}, "lacks UTM_ZONE"),
    "no georeferencing, MTL without GRID_CELL_SIZE_REFLECTIVE": (
        lambda s: (drop_georeferencing(s["folder"]), edit_mtl(s["mtl"], drop=("GRID_CELL_SIZE_REFLECTIVE",))), {},
        "GRID_CELL_SIZE_REFLECTIVE"),
    "OUTPUT_LST is the ST_B10 band": (
        lambda s: None, {"OUTPUT_LST": "ST_B10"}, "inside the scene folder"),
    "OUTPUT_NDVI inside the scene folder": (
        lambda s: None, {"OUTPUT_NDVI": "ndvi.tif"}, "inside the scene folder"),
    "OUTPUT_LST and OUTPUT_NDVI the same file": (
        lambda s: None, {"OUTPUT_NDVI": "out:lst.tif"}, "are the same file"),
}


@pytest.mark.parametrize("case", sorted(SCENE_REFUSED))
def test_landsat_scene_refused_with_a_message(provider, scene, case):
    from qgis.core import QgsProcessingException
    damage, outputs, message = SCENE_REFUSED[case]
    damage(scene)
    parameters = {"SCENE": str(scene["mtl"]), "OUTPUT_LST": str(scene["out"] / "lst.tif"),
                  "OUTPUT_NDVI": str(scene["out"] / "ndvi.tif")}
    for name, where in outputs.items():
        if where == "ST_B10":
            parameters[name] = str(next(scene["folder"].glob("*_ST_B10.TIF")))
        elif where.startswith("out:"):
            parameters[name] = str(scene["out"] / where[4:])
        else:
            parameters[name] = str(scene["folder"] / where)
    before = checksums(scene["folder"])
    with pytest.raises(QgsProcessingException, match=message):
        run("prepare_landsat_l2", parameters)
    assert checksums(scene["folder"]) == before
    assert list(scene["out"].iterdir()) == []


def test_landsat_outputs_all_or_none(provider, scene):
    """A reflectance stack that cannot be made (SR_B2 missing) leaves no LST or NDVI either."""
    from qgis.core import QgsProcessingException
    out = scene["out"]
    with pytest.raises(QgsProcessingException, match="no SR_B2 band file"):
        run("prepare_landsat_l2", {"SCENE": str(scene["mtl"]), "OUTPUT_LST": str(out / "lst.tif"),
                                   "OUTPUT_NDVI": str(out / "ndvi.tif"), "OUTPUT_REFLECTANCE": str(out / "sr.tif")})
    assert list(out.iterdir()) == []
    result = run("prepare_landsat_l2", {"SCENE": str(scene["mtl"]), "OUTPUT_LST": str(out / "lst.tif"),
                                        "OUTPUT_NDVI": str(out / "ndvi.tif")})
    assert sorted(p.name for p in out.iterdir()) == ["lst.tif", "ndvi.tif"]
    assert result["OUTPUT_LST"] == str(out / "lst.tif")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in read-only folders")
def test_read_only_output_folder(provider, inputs):
    from qgis.core import QgsProcessingException
    inputs["out"].chmod(0o555)
    try:
        with pytest.raises(QgsProcessingException, match="read-only"):
            run("tsharp", {"LST": inputs["lst"], "NDVI": inputs["ndvi"], "OUTPUT": str(inputs["out"] / "lst.tif")})
    finally:
        inputs["out"].chmod(0o755)


QGIS_PROCESS_CASES = {
    "OUTPUT is the LST": ("tsharp", lambda i, t: {"LST": i["lst"], "NDVI": i["ndvi"], "OUTPUT": i["lst"]},
                          "is the input"),
    "truncated LST": ("distrad", lambda i, t: {"LST": truncated(i["lst"], t / "cut.tif"), "NDVI": i["ndvi"]},
                      "truncated or corrupt GeoTIFF"),
    "OUTPUT .png": ("sif_cnn_sr2", lambda i, t: {
        "LST": i["lst"], "NDVI": i["ndvi"], "OUTPUT": str(i["out"] / "lst.png")}, "ends in '.png'"),
}


@pytest.mark.parametrize("case", sorted(QGIS_PROCESS_CASES))
def test_qgis_process_gives_the_message(provider, qgis_process_env, inputs, tmp_path, case):
    executable, env = qgis_process_env
    algorithm, build, message = QGIS_PROCESS_CASES[case]
    require_packages(provider, algorithm)
    parameters = {"OUTPUT": str(inputs["out"] / "lst.tif"), **build(inputs, tmp_path)}
    before = checksums(inputs["folder"])
    completed = subprocess.run(
        [executable, "run", f"lst_downscaler:{algorithm}", "--"] + [f"{k}={v}" for k, v in parameters.items()],
        env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode != 0
    assert message in completed.stdout + completed.stderr
    assert "Traceback" not in completed.stdout + completed.stderr
    assert checksums(inputs["folder"]) == before
    assert list(inputs["out"].iterdir()) == []

"""Landsat Collection 2 reading on the real xlandsat crops (Liverpool, Momotombo)."""

import shutil

import numpy as np
import pytest
import rasterio
from rasterio.crs import CRS

from lst_downscaler.core.errors import Canceled
from lst_downscaler.core.io.raster import OUTPUT_NODATA
from lst_downscaler.core.io.sample_data import extract_archive
from lst_downscaler.core.sensors.landsat import (
    LandsatScene,
    open_band,
    parse_mtl,
    qa_rejected,
    write_lst_kelvin,
    write_ndvi,
)

from shared_data import LIVERPOOL, MOMOTOMBO, require

LIVERPOOL_ARCHIVE = "LC08_L2SP_204023_20200927_20201006_02_T1-cropped.tar.gz"


def read_raw(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1)


def read_output(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1), dataset.nodata, dataset.units[0]


def test_parse_mtl_keeps_groups_apart():
    mtl = parse_mtl(next(require(LIVERPOOL).glob("*_MTL.txt")))
    root = mtl["LANDSAT_METADATA_FILE"]
    assert root["LEVEL2_SURFACE_REFLECTANCE_PARAMETERS"]["REFLECTANCE_MULT_BAND_2"] == 2.75e-05
    assert root["LEVEL1_RADIOMETRIC_RESCALING"]["REFLECTANCE_MULT_BAND_2"] == 2.0e-05
    assert root["PROJECTION_ATTRIBUTES"]["UTM_ZONE"] == 30
    assert root["IMAGE_ATTRIBUTES"]["SPACECRAFT_ID"] == "LANDSAT_8"
    assert root["PRODUCT_CONTENTS"]["COLLECTION_CATEGORY"] == "T1"


def test_scene_finds_bands_and_scale_factors():
    folder = require(LIVERPOOL)
    scene = LandsatScene.open(folder)
    assert scene.spacecraft_id == "LANDSAT_8"
    assert scene.thermal_path.name.endswith("_ST_B10.TIF")
    assert scene.reflectance_path(4).name.endswith("_SR_B4.TIF")
    assert scene.qa_pixel_path is None
    assert scene.temperature_scale() == (0.00341802, 149.0)
    assert scene.reflectance_scale(5) == (2.75e-05, -0.2)
    assert LandsatScene.open(scene.mtl_path).bands == scene.bands


def test_grid_falls_back_to_mtl_for_archived_tiffs(tmp_path):
    archive = require("landsat", "original", LIVERPOOL_ARCHIVE)
    extract_archive(archive, tmp_path)
    archived = LandsatScene.open(tmp_path)
    with open_band(archived.thermal_path) as dataset:
        assert dataset.crs is None  # the archived TIFFs really lack georeferencing
    georeferenced = LandsatScene.open(require(LIVERPOOL))
    reference = georeferenced.grid_of(georeferenced.thermal_path)
    assert reference.crs == CRS.from_epsg(32630)
    for path in (archived.thermal_path, archived.reflectance_path(4)):
        grid = archived.grid_of(path)
        assert grid.crs == CRS.from_epsg(32630)
        assert (grid.width, grid.height) == (reference.width, reference.height) == (433, 267)
        assert grid.transform.almost_equals(reference.transform, precision=1e-6)


def test_lst_kelvin_matches_scaled_dn(tmp_path):
    scene = LandsatScene.open(require(LIVERPOOL))
    dn = read_raw(scene.thermal_path)
    path = write_lst_kelvin(scene, tmp_path / "lst.tif")
    lst, nodata, units = read_output(path)
    assert units == "K" and lst.shape == dn.shape == (267, 433)
    for row, col in [(0, 0), (100, 200), (266, 432), (50, 400)]:
        assert lst[row, col] == pytest.approx(dn[row, col] * 0.00341802 + 149.0, abs=1e-3)
    assert np.count_nonzero(lst == nodata) == 0
    assert 284.9 <= lst.min() and lst.max() <= 300  # the coldest sea pixel is 284.95 K
    assert np.median(lst) == pytest.approx(np.median(dn) * 0.00341802 + 149.0, abs=1e-3)


def test_lst_fill_becomes_nodata_in_output(tmp_path):
    scene = LandsatScene.open(require(MOMOTOMBO))
    dn = read_raw(scene.thermal_path)
    lst, nodata, _ = read_output(write_lst_kelvin(scene, tmp_path / "lst.tif"))
    assert nodata == OUTPUT_NODATA
    np.testing.assert_array_equal(lst == nodata, dn == 0)
    assert np.count_nonzero(dn == 0) == 48
    valid = lst[lst != nodata]
    assert 234 < valid.min() < 235 and 372 < valid.max() < 373  # clouds and the volcano


def test_ndvi_from_red_and_nir(tmp_path):
    scene = LandsatScene.open(require(LIVERPOOL))
    red = read_raw(scene.reflectance_path(4)) * 2.75e-05 - 0.2
    nir = read_raw(scene.reflectance_path(5)) * 2.75e-05 - 0.2
    ndvi, nodata, _ = read_output(write_ndvi(scene, tmp_path / "ndvi.tif"))
    assert np.count_nonzero(ndvi == nodata) == 0
    assert -1 <= ndvi.min() and ndvi.max() <= 1
    expected = (nir - red) / (nir + red)
    inside = np.abs(expected) < 1
    np.testing.assert_allclose(ndvi[inside], expected[inside], atol=1e-4)
    # Sea (NIR reflectance at or below 0) is clipped to -1; vegetated land is clearly positive.
    assert np.all(ndvi[nir <= 0] == -1)
    assert np.median(ndvi[nir > 0.2]) > 0.5


def test_qa_pixel_bits():
    clear, water = 0b0101_0100_0000, 0b0101_0100_1000_0000  # clear land / water (bit 7)
    fill, dilated, cirrus, cloud, shadow, snow = (1 << bit for bit in range(6))
    qa = np.array([clear, water, fill, dilated | clear, cirrus, cloud | (1 << 8), shadow, snow],
                  dtype=np.uint16)
    assert qa_rejected(qa).tolist() == [False, False, True, True, True, True, True, True]


def test_qa_pixel_masks_both_outputs(tmp_path):
    """The crops have no QA_PIXEL band: add one flagging a cloud block to a copy of the scene."""
    source = LandsatScene.open(require(LIVERPOOL))
    scene_folder = tmp_path / "scene"
    scene_folder.mkdir()
    for path in [source.mtl_path, source.thermal_path, source.reflectance_path(4), source.reflectance_path(5)]:
        shutil.copy(path, scene_folder)
    grid = source.grid_of(source.thermal_path)
    qa = np.full(grid.shape, 0b0101_0100_0000, dtype=np.uint16)
    qa[10:20, 30:50] |= 1 << 3
    qa_path = scene_folder / source.thermal_path.name.replace("_ST_B10", "_QA_PIXEL")
    with rasterio.open(qa_path, "w", driver="GTiff", width=grid.width, height=grid.height, count=1,
                       dtype="uint16", crs=grid.crs, transform=grid.transform) as dataset:
        dataset.write(qa, 1)
    scene = LandsatScene.open(scene_folder)
    assert scene.qa_pixel_path == qa_path
    for write in (write_lst_kelvin, write_ndvi):
        values, nodata, _ = read_output(write(scene, tmp_path / f"{write.__name__}.tif"))
        np.testing.assert_array_equal(values == nodata, qa != 0b0101_0100_0000)
        unmasked, _, _ = read_output(write(scene, tmp_path / "all.tif", mask_clouds=False))
        assert np.count_nonzero(unmasked == nodata) == 0


def test_cancel_leaves_no_file(tmp_path):
    scene = LandsatScene.open(require(LIVERPOOL))
    with pytest.raises(Canceled):
        write_lst_kelvin(scene, tmp_path / "lst.tif", is_canceled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported(tmp_path):
    scene = LandsatScene.open(require(LIVERPOOL))
    reported = []
    write_ndvi(scene, tmp_path / "ndvi.tif", progress=reported.append)
    assert reported and all(0 <= percent <= 100 for percent in reported)

"""Spectral indices from the reflectance of the Landsat 8 crops, against the raw DN and their scale."""

import numpy as np
import pytest
import rasterio

from lst_downscaler.core.errors import Canceled, DownscalingError
from lst_downscaler.core.io.raster import BandSource
from lst_downscaler.core.sensors.indices import SpectralIndex, write_index
from lst_downscaler.core.sensors.landsat import LandsatScene, write_ndvi, write_reflectance

from rasters import read
from shared_data import LIVERPOOL, MOMOTOMBO, require

# Band of each role in the prepared reflectance stack (OLI SR_B2..SR_B7).
STACK_BANDS = {"blue": 1, "green": 2, "red": 3, "nir": 4, "swir1": 5, "swir2": 6}
OLI_BANDS = {"blue": 2, "green": 3, "red": 4, "nir": 5, "swir1": 6, "swir2": 7}
# Sea (133, 216), vegetation (39, 420), (89, 345), built-up (266, 430), mixed (125, 348).
PIXELS = [(133, 216), (39, 420), (89, 345), (266, 430), (125, 348)]


@pytest.fixture(scope="module")
def liverpool(tmp_path_factory):
    """(scene, prepared reflectance stack, reflectance of each role computed from the raw DN)."""
    scene = LandsatScene.open(require(LIVERPOOL))
    stack = write_reflectance(scene, tmp_path_factory.mktemp("liverpool") / "sr.tif")
    reflectance = {}
    for role, number in OLI_BANDS.items():
        with rasterio.open(scene.reflectance_path(number)) as dataset:
            reflectance[role] = dataset.read(1) * 2.75e-05 - 0.2
    return scene, stack, reflectance


def bands_of(path, **overrides):
    return {role: BandSource(str(path), band, **overrides) for role, band in STACK_BANDS.items()}


@pytest.mark.parametrize("index, a, b", [(SpectralIndex.NDWI, "green", "nir"), (SpectralIndex.MNDWI, "green", "swir1"),
                                         (SpectralIndex.NDBI, "swir1", "nir")])
def test_normalised_differences_at_known_pixels(liverpool, tmp_path, index, a, b):
    _, stack, reflectance = liverpool
    values, profile = read(write_index(index, bands_of(stack), tmp_path / "index.tif"))
    assert (profile["width"], profile["height"]) == (433, 267)
    expected = np.clip((reflectance[a] - reflectance[b]) / (reflectance[a] + reflectance[b]), -1, 1)
    for row, col in PIXELS:
        assert values[row, col] == pytest.approx(expected[row, col], abs=1e-5)
    np.testing.assert_allclose(values, expected, atol=1e-4)


def test_water_and_built_up_indices_separate_sea_from_land(liverpool, tmp_path):
    """The Liverpool crop holds sea (NIR reflectance <= 0) and the city: MNDWI > 0 at sea, NDBI higher on land."""
    _, stack, reflectance = liverpool
    mndwi, _ = read(write_index(SpectralIndex.MNDWI, bands_of(stack), tmp_path / "mndwi.tif"))
    ndbi, _ = read(write_index(SpectralIndex.NDBI, bands_of(stack), tmp_path / "ndbi.tif"))
    sea, land = reflectance["nir"] <= 0.02, reflectance["nir"] > 0.2
    assert sea.sum() > 1000 and land.sum() > 1000
    assert np.median(mndwi[sea]) > 0.5 > np.median(mndwi[land])
    assert np.median(ndbi[land]) > np.median(ndbi[sea])


def test_ndvi_equals_the_prepared_ndvi(liverpool, tmp_path):
    scene, stack, _ = liverpool
    values, _ = read(write_index(SpectralIndex.NDVI, bands_of(stack), tmp_path / "ndvi.tif"))
    prepared, _ = read(write_ndvi(scene, tmp_path / "prepared.tif"))
    np.testing.assert_allclose(values, prepared, atol=1e-5)


def test_liang_albedo(liverpool, tmp_path):
    _, stack, reflectance = liverpool
    values, _ = read(write_index(SpectralIndex.ALBEDO, bands_of(stack), tmp_path / "albedo.tif"))
    expected = (0.356 * reflectance["blue"] + 0.130 * reflectance["red"] + 0.373 * reflectance["nir"]
                + 0.085 * reflectance["swir1"] + 0.072 * reflectance["swir2"] - 0.0018)
    for row, col in PIXELS:
        assert values[row, col] == pytest.approx(expected[row, col], abs=1e-5)
    land = reflectance["nir"] > 0.2
    assert 0.1 < np.median(values[land]) < 0.25  # vegetated and built-up land
    assert np.median(values[reflectance["nir"] <= 0.02]) < 0.05  # sea


def test_scale_and_offset_come_from_the_layer_metadata(liverpool, tmp_path):
    """A DN stack whose metadata carries 2.75e-05 / -0.2 gives the reflectance result; without it, refused."""
    scene, stack, _ = liverpool
    dn_stack = tmp_path / "dn.tif"
    for scaled in (True, False):
        with rasterio.open(scene.reflectance_path(2)) as first:
            profile = first.profile
        profile.update(count=6, nodata=0)
        with rasterio.open(dn_stack, "w", **profile) as out:
            for band, number in enumerate(OLI_BANDS.values(), start=1):
                with rasterio.open(scene.reflectance_path(number)) as dataset:
                    out.write(dataset.read(1), band)
            if scaled:
                out.scales, out.offsets = (2.75e-05,) * 6, (-0.2,) * 6
        if scaled:
            from_dn, _ = read(write_index(SpectralIndex.NDBI, bands_of(dn_stack), tmp_path / "from_dn.tif"))
            from_stack, _ = read(write_index(SpectralIndex.NDBI, bands_of(stack), tmp_path / "from_stack.tif"))
            np.testing.assert_allclose(from_dn, from_stack, atol=1e-5)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(DownscalingError, match=r"The green band \(band 2 of .*dn.tif\) reaches \d+, which is not "
                                               r"a reflectance \(0-1\): it holds raw digital numbers"):
        write_index(SpectralIndex.MNDWI, bands_of(dn_stack), out_dir / "mndwi.tif")
    assert list(out_dir.iterdir()) == []


def test_fill_of_one_band_is_nodata_where_that_band_is_read(tmp_path):
    """Momotombo's SR_B2 (blue) has 432 fill pixels: albedo reads blue, NDVI does not."""
    scene = LandsatScene.open(require(MOMOTOMBO))
    stack = write_reflectance(scene, tmp_path / "sr.tif")
    with rasterio.open(scene.reflectance_path(2)) as dataset:
        blue_fill = dataset.read(1) == 0
    albedo, _ = read(write_index(SpectralIndex.ALBEDO, bands_of(stack), tmp_path / "albedo.tif"))
    ndvi, _ = read(write_index(SpectralIndex.NDVI, bands_of(stack), tmp_path / "ndvi.tif"))
    np.testing.assert_array_equal(np.isnan(albedo), blue_fill)
    assert blue_fill.sum() == 432 and np.isfinite(ndvi).all()


def test_missing_band_progress_and_cancel(liverpool, tmp_path):
    _, stack, _ = liverpool
    bands = bands_of(stack)
    del bands["swir1"]
    with pytest.raises(DownscalingError, match="MNDWI needs the green, SWIR 1 bands: choose the SWIR 1 band"):
        write_index(SpectralIndex.MNDWI, bands, tmp_path / "never.tif")
    reported = []
    write_index(SpectralIndex.NDVI, bands, tmp_path / "ndvi.tif", progress=reported.append)
    assert reported and all(0 <= percent <= 100 for percent in reported)
    with pytest.raises(Canceled):
        write_index(SpectralIndex.NDVI, bands, tmp_path / "canceled.tif", is_canceled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ndvi.tif"]


def test_spectral_index_algorithm(provider, liverpool, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    _, stack, reflectance = liverpool
    output = str(tmp_path / "ndwi.tif")
    result = processing.run("lst_downscaler:spectral_index", {"REFLECTANCE": str(stack), "INDEX": 1, "OUTPUT": output})
    values, _ = read(result["OUTPUT"])
    green, nir = reflectance["green"], reflectance["nir"]
    np.testing.assert_allclose(values, np.clip((green - nir) / (green + nir), -1, 1), atol=1e-4)

    # A two-band red/NIR layer: the bands are chosen, and a band it lacks is named.
    red_nir = tmp_path / "red_nir.tif"
    with rasterio.open(stack) as dataset:
        profile = dataset.profile
        profile.update(count=2)
        with rasterio.open(red_nir, "w", **profile) as out:
            out.write(dataset.read([3, 4]))
    ndvi = str(tmp_path / "ndvi.tif")
    processing.run("lst_downscaler:spectral_index",
                   {"REFLECTANCE": str(red_nir), "INDEX": 0, "RED_BAND": 1, "NIR_BAND": 2, "OUTPUT": ndvi})
    expected, _ = read(write_index(SpectralIndex.NDVI, bands_of(stack), tmp_path / "expected.tif"))
    np.testing.assert_allclose(read(ndvi)[0], expected, atol=1e-6)
    with pytest.raises(QgsProcessingException, match="has 2 band\\(s\\); band 5 does not exist"):
        processing.run("lst_downscaler:spectral_index",
                       {"REFLECTANCE": str(red_nir), "INDEX": 2, "GREEN_BAND": 1, "OUTPUT": str(tmp_path / "x.tif")})
    assert not (tmp_path / "x.tif").exists()

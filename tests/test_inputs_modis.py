"""Terra inputs: MODIS MOD11A1 HDF4 granules (full 1200 x 1200 tiles) and ASTER AST_08 kinetic temperature."""

import numpy as np
import pytest
import rasterio
from osgeo import gdal
from rasterio.control import GroundControlPoint
from rasterio.warp import transform as transform_points

from lst_downscaler.core.errors import DownscalingError
from lst_downscaler.core.sensors.aster import write_aster_lst
from lst_downscaler.core.sensors.modis import Quality, modis_layers, write_modis_lst

from rasters import read
from shared_data import require

DAY_GRANULE = "MOD11A1.A2019305.h14v09.hdf"  # 2019-11-01, day LST 23 % valid
QC_NODATA_GRANULE = "MOD11A1.A2021227.h11v05.061.2021228105320.hdf"  # declares QC 0 (good) as nodata
PIXELS = 1200 * 1200


def granule(name):
    return str(require("modis_hdf", name))


def gdal_layer(path, layer):
    """A subdataset read with GDAL directly, as raw integers (its nodata ignored)."""
    dataset = gdal.Open(f'HDF4_EOS:EOS_GRID:"{path}":MODIS_Grid_Daily_1km_LST:{layer}')
    return dataset.GetRasterBand(1).ReadAsArray(), dataset.GetGeoTransform()


def test_day_lst_is_dn_times_0_02_with_fill_as_nodata(tmp_path):
    path = granule(DAY_GRANULE)
    dn, geotransform = gdal_layer(path, "LST_Day_1km")
    out, valid, total = write_modis_lst(path, tmp_path / "lst.tif")
    values, profile = read(out)
    assert (profile["width"], profile["height"], total) == (1200, 1200, PIXELS)
    assert profile["transform"].to_gdal() == pytest.approx(geotransform)
    rows, cols = np.nonzero(dn)
    for row, col in list(zip(rows, cols))[::40000]:
        assert values[row, col] == pytest.approx(dn[row, col] * 0.02, abs=1e-4)
    # Known pixels: DN 15448 -> 308.96 K (good quality), DN 15035 -> 300.70 K (other quality).
    assert (dn[828, 171], dn[341, 0]) == (15448, 15035)
    assert (values[828, 171], values[341, 0]) == pytest.approx((308.96, 300.70), abs=1e-4)
    assert valid == np.count_nonzero(dn) == 333829
    np.testing.assert_array_equal(np.isnan(values), dn == 0)
    assert np.count_nonzero(np.isnan(values)) == 1106171  # 76.8 % fill
    assert 291.3 < np.nanmin(values) and np.nanmax(values) < 325.8


def test_night_lst(tmp_path):
    path = granule(DAY_GRANULE)
    dn, _ = gdal_layer(path, "LST_Night_1km")
    assert modis_layers(path, night=True)[0].endswith(":LST_Night_1km")
    out, valid, _ = write_modis_lst(path, tmp_path / "night.tif", night=True)
    values, _ = read(out)
    assert valid == np.count_nonzero(dn) == 224088
    rows, cols = np.nonzero(dn)
    np.testing.assert_allclose(values[rows, cols], dn[rows, cols] * 0.02, atol=1e-4)


def test_quality_modes_keep_fewer_pixels_each(tmp_path):
    path = granule(DAY_GRANULE)
    dn, _ = gdal_layer(path, "LST_Day_1km")
    qc, _ = gdal_layer(path, "QC_Day")
    counts = {}
    for quality in (Quality.ALL, Quality.GOOD_AND_OTHER, Quality.GOOD):
        out, counts[quality], _ = write_modis_lst(path, tmp_path / f"{quality.name}.tif", quality=quality)
        values, _ = read(out)
        expected = (dn != 0) & np.isin(qc & 0b11, quality.value)
        np.testing.assert_array_equal(np.isfinite(values), expected)
    assert counts[Quality.ALL] >= counts[Quality.GOOD_AND_OTHER] > counts[Quality.GOOD]
    assert (counts[Quality.ALL], counts[Quality.GOOD]) == (333829, 251784)
    # QC 10 and 11 mean "not produced": they are fill already, so "good + other" keeps every LST.
    assert counts[Quality.GOOD_AND_OTHER] == counts[Quality.ALL]


def test_good_quality_qc_is_read_raw_even_when_declared_nodata(tmp_path):
    path = granule(QC_NODATA_GRANULE)
    with rasterio.open(modis_layers(path)[1]) as qc_layer:
        assert qc_layer.nodata == 0  # the granule declares "good quality" as the QC nodata value
    dn, _ = gdal_layer(path, "LST_Day_1km")
    qc, _ = gdal_layer(path, "QC_Day")
    _, valid, _ = write_modis_lst(path, tmp_path / "good.tif", quality=Quality.GOOD)
    assert valid == np.count_nonzero((dn != 0) & (qc & 0b11 == 0)) > 30000


def test_output_keeps_the_sinusoidal_crs(tmp_path):
    out, _, _ = write_modis_lst(granule(DAY_GRANULE), tmp_path / "lst.tif")
    with rasterio.open(out) as dataset:
        proj4 = dataset.crs.to_proj4()
        assert "+proj=sinu" in proj4 and "+R=6371007.181" in proj4
        assert dataset.transform.a == pytest.approx(926.625433, abs=1e-5)
        assert (dataset.transform.c, dataset.transform.f) == pytest.approx((-4447802.079066, 0.0))
        assert dataset.units == ("K",) and dataset.nodata == -9999


def test_files_without_lst_are_refused(tmp_path):
    with pytest.raises(DownscalingError, match="has no LST_Day_1km or LST_1KM layer"):
        modis_layers(granule("MOD09GA.A2008296.h14v17.006.2015181011753.hdf"))
    with pytest.raises(DownscalingError, match="has no LST_Night_1km or LST_1KM layer.*no subdatasets"):
        modis_layers(require("modis_aster", "0_modis_lst_1km.tif"), night=True)
    with pytest.raises(DownscalingError, match="Cannot open"):
        modis_layers(tmp_path / "missing.hdf")


def test_prepare_modis_lst_algorithm(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    output = str(tmp_path / "good.tif")
    result = processing.run("lst_downscaler:prepare_modis_lst",
                            {"GRANULE": granule(DAY_GRANULE), "OVERPASS": 0, "QUALITY": 1, "OUTPUT": output})
    values, _ = read(result["OUTPUT"])
    assert np.count_nonzero(np.isfinite(values)) == 251784
    with pytest.raises(QgsProcessingException, match="no LST_Day_1km or LST_1KM layer"):
        processing.run("lst_downscaler:prepare_modis_lst",
                       {"GRANULE": granule("MOD09GA.A2008296.h14v17.006.2015181011753.hdf"),
                        "OUTPUT": str(tmp_path / "never.tif")})
    assert not (tmp_path / "never.tif").exists()


# ASTER AST_08: no AST_08 granule is in the shared data; its DN band (K x 10 as 16-bit integers,
# 0 = fill) is derived from the ASTER LST of a MODIS/ASTER pair.

@pytest.fixture
def aster_dn(tmp_path):
    """(DN GeoTIFF path, DN array, original kelvin with NaN, original profile)."""
    kelvin, profile = read(require("modis_aster", "0_aster_lst_250m.tif"))
    dn = np.where(np.isnan(kelvin), 0, np.round(kelvin / 0.1)).astype(np.uint16)
    path = tmp_path / "ast08_dn.tif"
    with rasterio.open(path, "w", driver="GTiff", width=dn.shape[1], height=dn.shape[0], count=1, dtype="uint16",
                       crs=profile["crs"], transform=profile["transform"]) as dataset:
        dataset.write(dn, 1)
    return path, dn, kelvin, profile


def test_aster_dn_geotiff_round_trip(aster_dn, tmp_path):
    path, dn, kelvin, profile = aster_dn
    values, out_profile = read(write_aster_lst(path, tmp_path / "lst.tif"))
    assert (out_profile["crs"], out_profile["transform"]) == (profile["crs"], profile["transform"])
    np.testing.assert_array_equal(np.isnan(values), dn == 0)
    assert np.count_nonzero(dn == 0) == np.count_nonzero(np.isnan(kelvin)) > 0
    valid = dn > 0
    np.testing.assert_allclose(values[valid], dn[valid] * 0.1, atol=1e-4)
    assert np.abs(values[valid] - kelvin[valid]).max() <= 0.05 + 1e-4  # the DN quantum is 0.1 K
    assert 289.3 < values[valid].min() and values[valid].max() < 324.2


def test_aster_swath_with_tie_points_is_warped_to_utm(aster_dn, tmp_path):
    """As GDAL gives the AST_08 HDF swath: no map grid, 11 x 11 latitude/longitude GCPs."""
    path, dn, _, profile = aster_dn
    transform = profile["transform"]
    rows, cols = np.meshgrid(np.linspace(0, dn.shape[0], 11), np.linspace(0, dn.shape[1], 11), indexing="ij")
    xs, ys = transform * (cols.ravel(), rows.ravel())
    lons, lats = transform_points(profile["crs"], "EPSG:4326", xs, ys)
    gcps = [GroundControlPoint(row, col, lon, lat) for row, col, lon, lat in zip(rows.ravel(), cols.ravel(), lons, lats)]
    swath = tmp_path / "swath.tif"
    with rasterio.open(swath, "w", driver="GTiff", width=dn.shape[1], height=dn.shape[0], count=1,
                       dtype="uint16", gcps=gcps, crs="EPSG:4326") as dataset:
        dataset.write(dn, 1)
    with rasterio.open(swath) as dataset:
        assert dataset.transform.is_identity and len(dataset.gcps[0]) == 121
    values, out_profile = read(write_aster_lst(swath, tmp_path / "lst.tif"))
    assert out_profile["crs"].to_epsg() == 32631  # UTM zone of the scene centre (4.9° E, 45.6° N)
    assert out_profile["transform"].a == pytest.approx(transform.a, rel=0.01)
    valid = values[np.isfinite(values)]
    # Nearest neighbour: every value is a product value, and the valid area is kept.
    assert np.isin(np.round(valid / 0.1), np.unique(dn[dn > 0])).all()
    assert valid.size == pytest.approx(np.count_nonzero(dn), rel=0.01)
    assert valid.mean() == pytest.approx((dn[dn > 0] * 0.1).mean(), abs=0.05)


def test_aster_refuses_kelvin_and_non_aster_files(tmp_path):
    with pytest.raises(DownscalingError, match="holds float32 values, not integers"):
        write_aster_lst(require("modis_aster", "0_aster_lst_250m.tif"), tmp_path / "lst.tif")
    with pytest.raises(DownscalingError, match="has no KineticTemperature layer"):
        write_aster_lst(granule(DAY_GRANULE), tmp_path / "lst.tif")
    assert list(tmp_path.iterdir()) == []


def test_prepare_aster_algorithm(provider, aster_dn, tmp_path):
    import processing
    path, dn, _, _ = aster_dn
    output = str(tmp_path / "lst.tif")
    processing.run("lst_downscaler:prepare_aster", {"PRODUCT": str(path), "OUTPUT": output})
    values, _ = read(output)
    np.testing.assert_allclose(values[dn > 0], dn[dn > 0] * 0.1, atol=1e-4)

"""Heat hot spots on a real TsHARP output, checked against an independent numpy computation."""

import json

import numpy as np
import pytest
import rasterio
from rasterio.features import geometry_mask
from rasterio.warp import transform_bounds, transform_geom

from rasters import derive, read
from shared_data import modis_aster

DISTRICTS_CRS = "EPSG:4326"


def run(algorithm, parameters):
    import processing
    return processing.run(f"lst_downscaler:{algorithm}", parameters)


@pytest.fixture(scope="module")
def lst_celsius(provider, tmp_path_factory):
    """TsHARP in °C on the first MODIS/ASTER pair (sinusoidal grid, 250 m)."""
    lst, ndvi, _ = modis_aster(0)
    output = str(tmp_path_factory.mktemp("hotspots") / "tsharp_celsius.tif")
    run("tsharp", {"LST": str(lst), "NDVI": str(ndvi), "UNITS": 1, "OUTPUT": output})
    return output


# Corners as fractions of the raster's extent, chosen so that no edge runs through pixel centres.
DISTRICTS = {"north-west": (0.08, 0.62, 0.46, 0.93), "north-east": (0.46, 0.62, 0.83, 0.93),
             "south": (0.20, 0.09, 0.70, 0.41), "edge": (0.83, 0.41, 1.30, 0.62)}


def write_districts(raster, path):
    """A GeoPackage of the DISTRICTS over ``raster``, rectangles in EPSG:4326 (one reaches outside)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorFileWriter, QgsVectorLayer

    from lst_downscaler.compat import field
    with rasterio.open(raster) as dataset:
        west, south, east, north = transform_bounds(dataset.crs, DISTRICTS_CRS, *dataset.bounds)
    width, height = east - west, north - south
    layer = QgsVectorLayer(f"Polygon?crs={DISTRICTS_CRS}", "districts", "memory")
    layer.dataProvider().addAttributes([field("name", "string")])
    layer.updateFields()
    for name, (x0, y0, x1, y1) in DISTRICTS.items():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(
            west + x0 * width, south + y0 * height, west + x1 * width, south + y1 * height)))
        feature["name"] = name
        layer.dataProvider().addFeature(feature)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), layer.transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return str(path)


@pytest.fixture(scope="module")
def districts(lst_celsius, tmp_path_factory):
    return write_districts(lst_celsius, tmp_path_factory.mktemp("districts") / "districts.gpkg")


@pytest.fixture(scope="module")
def hot_spots(lst_celsius, districts, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hot")
    results = run("heat_hot_spots", {"LST": lst_celsius, "DISTRICTS": districts, "OUTPUT": str(folder / "hot.tif"),
                                     "OUTPUT_DISTRICTS": str(folder / "districts.gpkg")})
    return results


def test_percentile_mask_matches_numpy(lst_celsius, hot_spots):
    lst, lst_profile = read(lst_celsius)
    valid = np.isfinite(lst)
    threshold = np.percentile(lst[valid], 90)
    assert hot_spots["THRESHOLD_USED"] == pytest.approx(threshold, abs=1e-9)
    assert 15 < threshold < 60  # °C
    mask, profile = read(hot_spots["OUTPUT"])
    assert (profile["crs"], profile["transform"], mask.shape) == (lst_profile["crs"], lst_profile["transform"], lst.shape)
    np.testing.assert_array_equal(np.isfinite(mask), valid)
    np.testing.assert_array_equal(mask[valid], (lst[valid] > threshold).astype(float))
    assert hot_spots["HOT_SHARE"] == pytest.approx(100 * np.mean(lst[valid] > threshold))
    assert 9.5 < hot_spots["HOT_SHARE"] < 10.1


class _Rows:
    """A reader of an array's strips, as GridReader reads a raster's."""

    def __init__(self, values):
        self.values = values

    def read(self, row, height):
        return self.values[row:row + height]


@pytest.mark.parametrize("case", ["celsius with gaps", "kelvin with ties", "one valid pixel", "negative",
                                  "all equal"])
def test_percentile_by_histograms_is_numpys(case):
    """The percentile found by two histogram passes over strips is np.percentile's of the valid
    float32 values interpolated in float64 (numpy 2 would round a float32 input's to float32), for
    negative and positive values, ties, a single value, and ranks in one bin or two."""
    from lst_downscaler.core.analysis.hotspots import _percentile
    rng = np.random.default_rng(0)
    values = {"celsius with gaps": lambda: rng.normal(20, 15, (50, 40)),
              "kelvin with ties": lambda: np.round(rng.normal(300, 5, (50, 40)), 1),
              "one valid pixel": lambda: np.where(np.arange(9).reshape(3, 3) == 4, 7.5, np.nan),
              "negative": lambda: -np.abs(rng.normal(0, 1e-3, (20, 20))),
              "all equal": lambda: np.full((5, 5), 0.0)}[case]().astype(np.float32)
    values[::7, ::3] = np.nan if case == "celsius with gaps" else values[::7, ::3]
    valid = values[np.isfinite(values)].astype(np.float64)
    for percentile in (0.1, 10, 50, 90, 99.9):
        strips = [(row, 7) for row in range(0, values.shape[0], 7)]
        assert _percentile(None, _Rows(values), strips, percentile) == pytest.approx(
            np.percentile(valid, percentile), rel=1e-12, abs=0)


def test_district_statistics_match_numpy(lst_celsius, hot_spots):
    from qgis.core import QgsVectorLayer
    lst, profile = read(lst_celsius)
    mask, _ = read(hot_spots["OUTPUT"])
    layer = QgsVectorLayer(hot_spots["OUTPUT_DISTRICTS"], "heat", "ogr")
    assert layer.crs().authid() == DISTRICTS_CRS
    assert [f.name() for f in layer.fields()][-3:] == ["lst_mean", "lst_max", "hot_share"]
    features = {feature["name"]: feature for feature in layer.getFeatures()}
    assert set(features) == set(DISTRICTS)
    shares = []
    for name, feature in features.items():
        geometry = transform_geom(DISTRICTS_CRS, profile["crs"], json.loads(feature.geometry().asJson()))
        inside = geometry_mask([geometry], out_shape=lst.shape, transform=profile["transform"], invert=True)
        values = lst[inside & np.isfinite(lst)]
        assert values.size > 200, name
        assert feature["lst_mean"] == pytest.approx(values.mean(), abs=1e-3), name
        assert feature["lst_max"] == pytest.approx(values.max(), abs=1e-4), name
        hot = mask[inside & np.isfinite(mask)]
        assert feature["hot_share"] == pytest.approx(100 * hot.mean(), abs=1e-3), name
        shares.append(feature["hot_share"])
    assert len(set(np.round(shares, 3))) == len(shares)  # the districts really differ


def test_absolute_threshold_in_the_layer_unit(provider, lst_celsius, districts, tmp_path):
    """An absolute threshold wins over the percentile; districts whose output is skipped are left alone."""
    lst, _ = read(lst_celsius)
    threshold = float(np.nanmedian(lst))
    output = str(tmp_path / "hot.tif")
    results = run("heat_hot_spots", {"LST": lst_celsius, "THRESHOLD": threshold, "PERCENTILE": 99,
                                     "DISTRICTS": districts, "OUTPUT_DISTRICTS": None, "OUTPUT": output})
    assert results["THRESHOLD_USED"] == threshold
    assert results["OUTPUT_DISTRICTS"] is None
    mask, _ = read(output)
    valid = np.isfinite(lst)
    np.testing.assert_array_equal(mask[valid], (lst[valid] > threshold).astype(float))
    assert results["HOT_SHARE"] == pytest.approx(50, abs=0.5)


@pytest.mark.parametrize("case", ["percentile 100", "all nodata"])
def test_bad_input_is_refused_and_nothing_written(provider, lst_celsius, tmp_path, case):
    from qgis.core import QgsProcessingException
    parameters, message = {
        "percentile 100": ({"LST": lst_celsius, "PERCENTILE": 100}, "between 0 and 100"),
        "all nodata": ({"LST": derive(lst_celsius, tmp_path / "empty.tif", lambda v: np.full_like(v, -9999))},
                       "all nodata"),
    }[case]
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(QgsProcessingException, match=message):
        run("heat_hot_spots", {**parameters, "OUTPUT": str(out_dir / "hot.tif")})
    assert list(out_dir.iterdir()) == []


def test_districts_of_an_earlier_run_are_refused_before_any_output(provider, lst_celsius, hot_spots, tmp_path):
    from qgis.core import QgsProcessingException
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(QgsProcessingException, match="already has the fields lst_mean, lst_max, hot_share"):
        run("heat_hot_spots", {"LST": lst_celsius, "DISTRICTS": hot_spots["OUTPUT_DISTRICTS"],
                               "OUTPUT": str(out_dir / "hot.tif"), "OUTPUT_DISTRICTS": str(out_dir / "heat.gpkg")})
    assert list(out_dir.iterdir()) == []


def test_the_districts_output_may_not_overwrite_the_districts(provider, lst_celsius, districts, tmp_path):
    from qgis.core import QgsProcessingException
    before = open(districts, "rb").read()
    with pytest.raises(QgsProcessingException, match="would be overwritten"):
        run("heat_hot_spots", {"LST": lst_celsius, "DISTRICTS": districts, "OUTPUT": str(tmp_path / "hot.tif"),
                               "OUTPUT_DISTRICTS": districts})
    assert open(districts, "rb").read() == before and list(tmp_path.iterdir()) == []

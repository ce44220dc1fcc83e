"""Landsat inputs: Level-1 brightness temperature (Landsat 5 TM crop) and Level-2 reflectance."""

import shutil

import numpy as np
import pytest
import rasterio

from lst_downscaler.core.errors import DownscalingError
from lst_downscaler.core.sensors.landsat import (
    LandsatScene,
    thermal_calibration,
    write_brightness_temperature,
    write_reflectance,
)

from rasters import read
from shared_data import LIVERPOOL, MOMOTOMBO, require

LANDSAT5_L1 = "landsat/LT05_L1T_224063_19880814-cropped"
TM5_K1, TM5_K2 = 607.76, 1260.56
# Band 6 of the Landsat 5 crop's MTL: RADIANCE_MULT/ADD, printed rounded (0.055 for 0.055375), and
# LMIN/LMAX with QCALMIN/QCALMAX, whose gain and offset are used instead.
MTL_B6_MULT, MTL_B6_ADD = 0.055, 1.18243
TM5_B6_MULT = (15.303 - 1.238) / (255 - 1)
TM5_B6_ADD = 1.238 - TM5_B6_MULT


def brightness_temperature(dn, mult, add, k1=TM5_K1, k2=TM5_K2):
    return k2 / np.log(k1 / (mult * np.asarray(dn, dtype=np.float64) + add) + 1)


def read_band(path):
    with rasterio.open(path) as dataset:
        return dataset.read(1)


@pytest.fixture
def landsat5_copy(tmp_path):
    """A writable copy of the Landsat 5 Level-1 crop, and its MTL text."""
    folder = tmp_path / "scene"
    shutil.copytree(require(LANDSAT5_L1), folder)
    for path in folder.iterdir():
        path.chmod(0o644)
    mtl = next(folder.glob("*_MTL.txt"))
    return folder, mtl, mtl.read_text()


def without_group(text, group):
    start, end = text.index(f"  GROUP = {group}\n"), text.index(f"  END_GROUP = {group}\n")
    return text[:start] + text[end + len(f"  END_GROUP = {group}\n"):]


def test_landsat5_calibration_replaces_the_rounded_gain_and_missing_constants():
    scene = LandsatScene.open(require(LANDSAT5_L1))
    assert scene.spacecraft_id == "LANDSAT_5" and scene.level1_path("B6").name.endswith("_B6.TIF")
    calibration = thermal_calibration(scene)
    assert calibration.band == "B6"
    assert calibration.radiance == pytest.approx((0.0553740, 1.1826260))
    assert calibration.constants == (TM5_K1, TM5_K2)
    rounded, constants = calibration.notes
    assert "RADIANCE_MULT_BAND_6 = 0.055 in the MTL is rounded (-0.68 %" in rounded
    assert "no K1_CONSTANT_BAND_6/K2_CONSTANT_BAND_6" in constants and "K1 = 607.76, K2 = 1260.56" in constants


def test_a_precise_mtl_gain_is_used_as_it_is(landsat5_copy):
    """Collection 1 MTLs print the TM band 6 gain as 5.5375E-02, consistent with LMIN/LMAX."""
    folder, mtl, text = landsat5_copy
    mtl.write_text(text.replace("RADIANCE_MULT_BAND_6 = 0.055\n", "RADIANCE_MULT_BAND_6 = 5.5375E-02\n"))
    calibration = thermal_calibration(LandsatScene.open(folder))
    assert calibration.radiance == (0.055375, 1.18243)
    assert len(calibration.notes) == 1  # only the standard K1/K2


def test_landsat5_brightness_temperature_at_known_pixels(tmp_path):
    scene = LandsatScene.open(require(LANDSAT5_L1))
    dn = read_band(scene.level1_path("B6"))
    values, profile = read(write_brightness_temperature(scene, thermal_calibration(scene), tmp_path / "bt.tif"))
    assert (profile["width"], profile["height"]) == (287, 310) and profile["crs"].to_epsg() == 32622
    for row, col in [(0, 0), (100, 200), (309, 286), (150, 20)]:
        expected = brightness_temperature(dn[row, col], TM5_B6_MULT, TM5_B6_ADD)
        assert values[row, col] == pytest.approx(expected, abs=1e-3)
    # DN 137 (the scene median): L = 0.055374 x 137 + 1.182626 = 8.76887, T = 1260.56 / ln(607.76 / L + 1);
    # the rounded MTL gain would give 296.00 K, 0.40 K colder.
    assert brightness_temperature(137, TM5_B6_MULT, TM5_B6_ADD) == pytest.approx(296.40, abs=0.01)
    assert brightness_temperature(137, MTL_B6_MULT, MTL_B6_ADD) == pytest.approx(296.00, abs=0.01)
    assert values[dn == 137] == pytest.approx(296.40, abs=0.01)
    assert np.isfinite(values).all()
    assert 293.7 < values.min() and values.max() < 300.3  # DN 131-146, Amazon forest, August


def test_mtl_constants_win_over_standard_ones(landsat5_copy, tmp_path):
    folder, mtl, text = landsat5_copy
    constants = ("  GROUP = THERMAL_CONSTANTS\n    K1_CONSTANT_BAND_6 = 671.62\n    K2_CONSTANT_BAND_6 = 1284.30\n"
                 "  END_GROUP = THERMAL_CONSTANTS\n")
    mtl.write_text(text.replace("  GROUP = PROJECTION_PARAMETERS\n", constants + "  GROUP = PROJECTION_PARAMETERS\n"))
    scene = LandsatScene.open(folder)
    calibration = thermal_calibration(scene)
    assert calibration.constants == (671.62, 1284.30)
    assert not any("K1" in note for note in calibration.notes)
    values, _ = read(write_brightness_temperature(scene, calibration, tmp_path / "bt.tif"))
    dn = read_band(scene.level1_path("B6"))
    np.testing.assert_allclose(values, brightness_temperature(dn, TM5_B6_MULT, TM5_B6_ADD, 671.62, 1284.30),
                               atol=1e-3)


def test_radiance_range_stands_in_for_missing_rescaling(landsat5_copy, tmp_path):
    """Without RADIANCE_MULT/ADD, LMIN/LMAX (1.238/15.303) and QCALMIN/QCALMAX (1/255) give the gain."""
    folder, mtl, text = landsat5_copy
    mtl.write_text(without_group(text, "RADIOMETRIC_RESCALING"))
    scene = LandsatScene.open(folder)
    calibration = thermal_calibration(scene)
    assert calibration.radiance == pytest.approx((TM5_B6_MULT, TM5_B6_ADD))
    assert "no RADIANCE_MULT_BAND_6/RADIANCE_ADD_BAND_6" in calibration.notes[0]
    values, _ = read(write_brightness_temperature(scene, calibration, tmp_path / "bt.tif"))
    dn = read_band(scene.level1_path("B6"))
    np.testing.assert_allclose(values, brightness_temperature(dn, TM5_B6_MULT, TM5_B6_ADD), atol=1e-3)

    mtl.write_text(without_group(without_group(text, "RADIOMETRIC_RESCALING"), "MIN_MAX_RADIANCE"))
    with pytest.raises(DownscalingError, match="no radiance rescaling for BAND_6"):
        thermal_calibration(LandsatScene.open(folder))


def test_fill_and_nodata_dn_become_nodata(landsat5_copy, tmp_path):
    folder, _, _ = landsat5_copy
    band6 = next(folder.glob("*_B6.TIF"))
    with rasterio.open(band6, "r+") as dataset:
        dn = dataset.read(1)
        dn[:5, :] = 255  # the crop's nodata value
        dn[:, :3] = 0  # Level-1 fill
        dataset.write(dn, 1)
    scene = LandsatScene.open(folder)
    values, _ = read(write_brightness_temperature(scene, thermal_calibration(scene), tmp_path / "bt.tif"))
    np.testing.assert_array_equal(np.isnan(values), (dn == 255) | (dn == 0))
    assert np.count_nonzero(np.isnan(values)) == 5 * 287 + 3 * 305


def test_thermal_band_choice_and_its_errors():
    landsat5 = LandsatScene.open(require(LANDSAT5_L1))
    with pytest.raises(DownscalingError, match=r"single thermal band \(B6\)"):
        thermal_calibration(landsat5, second_band=True)
    landsat8 = LandsatScene.open(require(LIVERPOOL))  # its L2 MTL keeps the Level-1 factors
    b10, b11 = thermal_calibration(landsat8), thermal_calibration(landsat8, second_band=True)
    assert (b10.band, b10.radiance, b10.constants, b10.notes) == ("B10", (3.342e-04, 0.1), (774.8853, 1321.0789), ())
    assert (b11.band, b11.constants) == ("B11", (480.8883, 1201.1442))
    with pytest.raises(DownscalingError, match=r"no B10 band file \(\*_B10.TIF\)"):
        write_brightness_temperature(landsat8, b10, "never.tif")


def test_reflectance_stack_of_landsat8(tmp_path):
    scene = LandsatScene.open(require(LIVERPOOL))
    path = write_reflectance(scene, tmp_path / "sr.tif")
    with rasterio.open(path) as dataset:
        assert dataset.count == 6 and dataset.dtypes[0] == "float32" and dataset.nodata == -9999
        assert dataset.descriptions == ("SR_B2 (blue)", "SR_B3 (green)", "SR_B4 (red)", "SR_B5 (NIR)",
                                        "SR_B6 (SWIR 1)", "SR_B7 (SWIR 2)")
        assert (dataset.crs, dataset.transform) == (rasterio.open(scene.reflectance_path(4)).crs,
                                                    rasterio.open(scene.reflectance_path(4)).transform)
        stack = dataset.read()
    for index, number in enumerate(range(2, 8)):
        dn = read_band(scene.reflectance_path(number))
        for row, col in [(0, 0), (133, 216), (266, 432)]:
            assert stack[index, row, col] == pytest.approx(dn[row, col] * 2.75e-05 - 0.2, abs=1e-6)
    assert -0.2 <= stack.min() and stack.max() < 1.61


def test_reflectance_fill_is_nodata_per_band(tmp_path):
    scene = LandsatScene.open(require(MOMOTOMBO))
    with rasterio.open(write_reflectance(scene, tmp_path / "sr.tif")) as dataset:
        stack = dataset.read()
    blue_dn = read_band(scene.reflectance_path(2))
    np.testing.assert_array_equal(stack[0] == -9999, blue_dn == 0)
    assert np.count_nonzero(blue_dn == 0) == 432
    assert np.count_nonzero(stack[1:] == -9999) == 0


def recording_feedback():
    """A Processing feedback that keeps its messages in ``log``."""
    from qgis.core import QgsProcessingFeedback

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.log = []

        def pushInfo(self, text):  # noqa: N802 (QGIS API)
            self.log.append(text)

        def pushWarning(self, text):  # noqa: N802 (QGIS API)
            self.log.append(text)

    return RecordingFeedback()


def test_prepare_landsat_l1_algorithm_logs_the_standard_constants(provider, tmp_path):
    import processing
    feedback = recording_feedback()
    output = str(tmp_path / "bt.tif")
    mtl = next(require(LANDSAT5_L1).glob("*_MTL.txt"))
    result = processing.run("lst_downscaler:prepare_landsat_l1", {"SCENE": str(mtl), "OUTPUT": output},
                            feedback=feedback)
    assert result["OUTPUT"] == output
    log = "\n".join(feedback.log)
    assert "radiance = 0.055374 × DN + 1.18263" in log
    assert "RADIANCE_MULT_BAND_6 = 0.055 in the MTL is rounded" in log
    assert "no K1_CONSTANT_BAND_6/K2_CONSTANT_BAND_6: used the standard LANDSAT_5 B6 constants" in log
    values, _ = read(output)
    dn = read_band(LandsatScene.open(mtl).level1_path("B6"))
    np.testing.assert_allclose(values, brightness_temperature(dn, TM5_B6_MULT, TM5_B6_ADD), atol=1e-3)


def test_prepare_landsat_l1_algorithm_refuses_a_missing_band(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    mtl = next(require(LANDSAT5_L1).glob("*_MTL.txt"))
    with pytest.raises(QgsProcessingException, match="single thermal band"):
        processing.run("lst_downscaler:prepare_landsat_l1",
                       {"SCENE": str(mtl), "THERMAL_BAND": 1, "OUTPUT": str(tmp_path / "bt.tif")})
    assert list(tmp_path.iterdir()) == []


def test_prepare_landsat_l2_reflectance_output(provider, tmp_path):
    import processing
    mtl = str(next(require(LIVERPOOL).glob("*_MTL.txt")))
    outputs = {name: str(tmp_path / f"{name}.tif") for name in ("OUTPUT_LST", "OUTPUT_NDVI", "OUTPUT_REFLECTANCE")}
    result = processing.run("lst_downscaler:prepare_landsat_l2", {"SCENE": mtl, **outputs})
    assert result["OUTPUT_REFLECTANCE"] == outputs["OUTPUT_REFLECTANCE"]
    with rasterio.open(outputs["OUTPUT_REFLECTANCE"]) as dataset:
        red, nir = dataset.read(3).astype(np.float64), dataset.read(4).astype(np.float64)
    ndvi, _ = read(outputs["OUTPUT_NDVI"])
    np.testing.assert_allclose(np.clip((nir - red) / (nir + red), -1, 1), ndvi, atol=1e-5)

    without = {name: str(tmp_path / f"again_{name}.tif") for name in ("OUTPUT_LST", "OUTPUT_NDVI")}
    result = processing.run("lst_downscaler:prepare_landsat_l2", {"SCENE": mtl, **without})
    assert "OUTPUT_REFLECTANCE" not in result
    assert sorted(p.name for p in tmp_path.glob("again_*")) == ["again_OUTPUT_LST.tif", "again_OUTPUT_NDVI.tif"]

"""Landsat inputs: Level-1 brightness temperature and TOA reflectance (Landsat 5 TM crop, a synthetic
Landsat 8 scene) and Level-2 reflectance."""

import math
import shutil

import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.crs import CRS

from lst_downscaler.core.errors import DownscalingError
from lst_downscaler.core.sensors.landsat import (
    LandsatScene,
    earth_sun_distance,
    thermal_calibration,
    toa_reflectance_calibration,
    write_brightness_temperature,
    write_reflectance,
    write_toa_reflectance,
)

from rasters import crop_rows, read
from shared_data import LIVERPOOL, MOMOTOMBO, require

LANDSAT5_L1 = "landsat/LT05_L1T_224063_19880814-cropped"
TM5_K1, TM5_K2 = 607.76, 1260.56
# Band 6 of the Landsat 5 crop's MTL: RADIANCE_MULT/ADD, printed rounded (0.055 for 0.055375), and
# LMIN/LMAX with QCALMIN/QCALMAX, whose gain and offset are used instead.
MTL_B6_MULT, MTL_B6_ADD = 0.055, 1.18243
TM5_B6_MULT = (15.303 - 1.238) / (255 - 1)
TM5_B6_ADD = 1.238 - TM5_B6_MULT
# TOA reflectance of the Landsat 5 crop by hand from its MTL, which has no REFLECTANCE_MULT/ADD: radiance
# gain and offset of bands 1-4 as printed, of bands 5 and 7 from LMIN/LMAX and QCALMIN/QCALMAX (their
# printed gains are rounded); ESUN of Chander, Markham and Helder (2009) Table 11; SUN_ELEVATION; the
# Earth-Sun distance of 1988-08-14 (the MTL has none).
TM5_RADIANCE = {1: (0.671, -2.19134), 2: (1.322, -4.16220), 3: (1.044, -2.21398), 4: (0.876, -2.38602),
                5: (30.57 / 254, -0.37 - 30.57 / 254), 7: (16.65 / 254, -0.15 - 16.65 / 254)}
TM5_ESUN = {1: 1983, 2: 1796, 3: 1536, 4: 1031, 5: 220.0, 7: 83.44}
TM5_SUN_ELEVATION = 49.75588889
EARTH_SUN_DISTANCE_19880814 = 1.012845
TOA_DESCRIPTIONS_TM = ("TOA_B1 (blue)", "TOA_B2 (green)", "TOA_B3 (red)", "TOA_B4 (NIR)", "TOA_B5 (SWIR 1)",
                       "TOA_B7 (SWIR 2)")


def brightness_temperature(dn, mult, add, k1=TM5_K1, k2=TM5_K2):
    return k2 / np.log(k1 / (mult * np.asarray(dn, dtype=np.float64) + add) + 1)


def tm5_toa_reflectance(number, dn):
    gain, offset = TM5_RADIANCE[number]
    return (math.pi * (gain * dn + offset) * EARTH_SUN_DISTANCE_19880814 ** 2
            / (TM5_ESUN[number] * math.sin(math.radians(TM5_SUN_ELEVATION))))


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


def read_stack(path):
    """(bands with NaN for nodata, descriptions, profile) of a multi-band output."""
    with rasterio.open(path) as dataset:
        return dataset.read(masked=True).astype(np.float64).filled(np.nan), dataset.descriptions, dataset.profile


def test_landsat5_toa_reflectance_is_physically_plausible(tmp_path):
    scene = LandsatScene.open(require(LANDSAT5_L1))
    stack, descriptions, profile = read_stack(write_toa_reflectance(scene, tmp_path / "toa.tif"))
    assert descriptions == TOA_DESCRIPTIONS_TM
    assert profile["count"] == 6 and profile["dtype"] == "float32" and profile["nodata"] == -9999
    with rasterio.open(scene.level1_path("B1")) as band1:
        assert (profile["crs"], profile["transform"]) == (band1.crs, band1.transform)
    assert np.isfinite(stack).all()
    medians = np.median(stack, axis=(1, 2))
    assert np.all((0 < medians) & (medians < 0.6))
    blue, green, red, nir, swir1, swir2 = stack
    # Amazon forest in August: NIR several times red, SWIR 1 between them, red darker than green.
    assert np.median(nir) > 0.2 and np.median(red) < 0.06 and np.median(red) < np.median(green)
    assert np.mean(nir > red) > 0.8 and np.median((nir - red) / (nir + red)) > 0.6
    assert np.median(red) < np.median(swir1) < np.median(nir)


def test_landsat5_toa_reflectance_by_hand(tmp_path):
    scene = LandsatScene.open(require(LANDSAT5_L1))
    stack, _, _ = read_stack(write_toa_reflectance(scene, tmp_path / "toa.tif"))
    for index, number in enumerate((1, 2, 3, 4, 5, 7)):
        dn = read_band(scene.level1_path(f"B{number}"))
        for row, col in [(0, 0), (155, 143), (309, 286), (40, 250)]:
            assert stack[index, row, col] == pytest.approx(tm5_toa_reflectance(number, int(dn[row, col])), abs=1e-5)
    # Band 4 at DN 73 (its median): L = 0.876 x 73 - 2.38602 = 61.5620, p = pi L d^2 / (1031 sin 49.756 deg).
    assert tm5_toa_reflectance(4, 73) == pytest.approx(0.2521, abs=1e-4)


def test_landsat5_toa_notes_name_the_stand_ins():
    calibration = toa_reflectance_calibration(LandsatScene.open(require(LANDSAT5_L1)))
    assert calibration.bands == ("B1", "B2", "B3", "B4", "B5", "B7")
    esun, distance, band5, band7 = calibration.notes
    assert "no REFLECTANCE_MULT/REFLECTANCE_ADD" in esun and "Chander, Markham and Helder 2009, Table 11" in esun
    assert "B1 1983, B2 1796, B3 1536, B4 1031, B5 220, B7 83.44" in esun
    assert "no EARTH_SUN_DISTANCE: used d = 1.01285 AU computed from DATE_ACQUIRED 1988-08-14" in distance
    assert "RADIANCE_MULT_BAND_5 = 0.12 in the MTL is rounded" in band5
    assert "RADIANCE_MULT_BAND_7 = 0.066 in the MTL is rounded" in band7


def test_earth_sun_distance_from_the_date_matches_landsat8_mtls(tmp_path):
    """Both Landsat 8 MTLs give EARTH_SUN_DISTANCE: without it, the date must give the same."""
    for name, expected in ((LIVERPOOL, 1.0021760), (MOMOTOMBO, 0.9854780)):
        source = next(require(name).glob("*_MTL.txt"))
        lines = source.read_text().splitlines(keepends=True)
        mtl = tmp_path / source.name
        mtl.write_text("".join(line for line in lines if "EARTH_SUN_DISTANCE" not in line))
        assert earth_sun_distance(LandsatScene.open(source)) == (expected, ())
        distance, (note,) = earth_sun_distance(LandsatScene.open(mtl))
        assert distance == pytest.approx(expected, abs=1e-5)
        assert "no EARTH_SUN_DISTANCE" in note


def test_mtl_earth_sun_distance_and_reflectance_rescaling_win(landsat5_copy, tmp_path):
    """Collection 1 and 2 TM MTLs give EARTH_SUN_DISTANCE, and REFLECTANCE_MULT/ADD per band."""
    folder, mtl, text = landsat5_copy
    text = text.replace("    SUN_ELEVATION = 49.75588889\n",
                        "    SUN_ELEVATION = 49.75588889\n    EARTH_SUN_DISTANCE = 1.0130000\n")
    mtl.write_text(text)
    calibration = toa_reflectance_calibration(LandsatScene.open(folder))
    assert not any("EARTH_SUN_DISTANCE" in note for note in calibration.notes)
    gain, offset = TM5_RADIANCE[4]
    factor = math.pi * 1.013 ** 2 / (TM5_ESUN[4] * math.sin(math.radians(TM5_SUN_ELEVATION)))
    assert calibration.scales[3] == pytest.approx((gain * factor, offset * factor), rel=1e-9)

    mtl.write_text(text.replace("    RADIANCE_MULT_BAND_1 = 0.671\n", "    RADIANCE_MULT_BAND_1 = 0.671\n"
                                "    REFLECTANCE_MULT_BAND_4 = 1.6E-03\n    REFLECTANCE_ADD_BAND_4 = -0.004\n"))
    scene = LandsatScene.open(folder)
    calibration = toa_reflectance_calibration(scene)
    sine = math.sin(math.radians(TM5_SUN_ELEVATION))
    assert calibration.scales[3] == pytest.approx((1.6e-3 / sine, -0.004 / sine), rel=1e-9)
    assert "B4" not in calibration.notes[0] and "B3 1536, B5 220" in calibration.notes[0]
    stack, _, _ = read_stack(write_toa_reflectance(scene, tmp_path / "toa.tif"))
    dn4 = read_band(scene.level1_path("B4")).astype(np.float64)
    np.testing.assert_allclose(stack[3], (1.6e-3 * dn4 - 0.004) / sine, atol=1e-6)


def test_toa_fill_and_nodata_dn_become_nodata_per_band(landsat5_copy, tmp_path):
    folder, _, _ = landsat5_copy
    changed = {}
    for number, rows, value in ((3, slice(0, 4), 255), (4, slice(100, 103), 0)):
        with rasterio.open(next(folder.glob(f"*_B{number}.TIF")), "r+") as dataset:
            dn = dataset.read(1)
            dn[rows, :] = value
            dataset.write(dn, 1)
        changed[number] = (dn == 255) | (dn == 0)
    stack, _, _ = read_stack(write_toa_reflectance(LandsatScene.open(folder), tmp_path / "toa.tif"))
    np.testing.assert_array_equal(np.isnan(stack[2]), changed[3])
    np.testing.assert_array_equal(np.isnan(stack[3]), changed[4])
    assert np.count_nonzero(changed[3]) == 4 * 287 and np.count_nonzero(changed[4]) == 3 * 287
    assert np.isfinite(stack[[0, 1, 4, 5]]).all()


LANDSAT8_L1_NAME = "LC08_L1TP_204023_20200927_20201006_02_T1"
LANDSAT8_SUN_ELEVATION = 33.83332706


def landsat8_level1(folder, rescaling=True, sun_elevation=LANDSAT8_SUN_ELEVATION):
    """A 4 x 5 pixel Landsat 8 Level-1 scene: bands B2..B7 with DN 0 (fill) at one pixel of B3,
    a QA_PIXEL flagging a cloud at one pixel, and an MTL whose REFLECTANCE_MULT differs by band.
    Returns (DN of B2..B7, the reflectance (mult, add) of each band)."""
    folder.mkdir()
    scales = [(2.0e-05 + number * 1e-07, -0.1) for number in range(2, 8)]
    rescaling_lines = "".join(f"    REFLECTANCE_MULT_BAND_{number} = {mult:.4E}\n"
                              f"    REFLECTANCE_ADD_BAND_{number} = {add:.6f}\n"
                              for number, (mult, add) in zip(range(2, 8), scales))
    (folder / f"{LANDSAT8_L1_NAME}_MTL.txt").write_text(
        "GROUP = LANDSAT_METADATA_FILE\n  GROUP = IMAGE_ATTRIBUTES\n    SPACECRAFT_ID = \"LANDSAT_8\"\n"
        f"    DATE_ACQUIRED = 2020-09-27\n    SUN_ELEVATION = {sun_elevation}\n"
        "    EARTH_SUN_DISTANCE = 1.0021760\n  END_GROUP = IMAGE_ATTRIBUTES\n"
        "  GROUP = LEVEL1_RADIOMETRIC_RESCALING\n" + (rescaling_lines if rescaling else "")
        + "  END_GROUP = LEVEL1_RADIOMETRIC_RESCALING\nEND_GROUP = LANDSAT_METADATA_FILE\nEND\n")
    dn = np.random.default_rng(8).integers(6000, 30000, size=(6, 4, 5)).astype(np.uint16)
    dn[1, 2, 3] = 0
    qa = np.full((4, 5), 0b0101_0100_0000, dtype=np.uint16)
    qa[0, 1] |= 1 << 3
    profile = dict(driver="GTiff", width=5, height=4, count=1, dtype="uint16", crs=CRS.from_epsg(32630),
                   transform=Affine(30, 0, 500000, 0, -30, 5900000))
    for name, values in [(f"B{number}", dn[index]) for index, number in enumerate(range(2, 8))] + [("QA_PIXEL", qa)]:
        with rasterio.open(folder / f"{LANDSAT8_L1_NAME}_{name}.TIF", "w", **profile) as dataset:
            dataset.write(values, 1)
    return dn, scales


def test_landsat8_toa_reflectance_uses_the_mtl_rescaling(tmp_path):
    dn, scales = landsat8_level1(tmp_path / "scene")
    scene = LandsatScene.open(tmp_path / "scene")
    calibration = toa_reflectance_calibration(scene)
    assert calibration.bands == ("B2", "B3", "B4", "B5", "B6", "B7") and calibration.notes == ()
    stack, descriptions, profile = read_stack(write_toa_reflectance(scene, tmp_path / "toa.tif"))
    assert descriptions == ("TOA_B2 (blue)", "TOA_B3 (green)", "TOA_B4 (red)", "TOA_B5 (NIR)", "TOA_B6 (SWIR 1)",
                            "TOA_B7 (SWIR 2)")
    assert profile["transform"] == Affine(30, 0, 500000, 0, -30, 5900000)
    sine = math.sin(math.radians(LANDSAT8_SUN_ELEVATION))
    expected = np.stack([(mult * dn[index] + add) / sine for index, (mult, add) in enumerate(scales)])
    expected[1, 2, 3] = np.nan  # fill
    expected[:, 0, 1] = np.nan  # the cloud of QA_PIXEL
    np.testing.assert_allclose(stack, expected, atol=1e-6)
    unmasked, _, _ = read_stack(write_toa_reflectance(scene, tmp_path / "all.tif", mask_clouds=False))
    assert np.count_nonzero(np.isnan(unmasked)) == 1


def test_toa_reflectance_refuses_what_it_cannot_compute(tmp_path):
    landsat8_level1(tmp_path / "no_rescaling", rescaling=False)
    with pytest.raises(DownscalingError, match="no REFLECTANCE_MULT_BAND_2/REFLECTANCE_ADD_BAND_2, and LANDSAT_8 "
                                               "has no standard solar irradiance"):
        toa_reflectance_calibration(LandsatScene.open(tmp_path / "no_rescaling"))
    landsat8_level1(tmp_path / "night", sun_elevation=-12.5)
    with pytest.raises(DownscalingError, match=r"no usable SUN_ELEVATION \(found: -12.5\)"):
        toa_reflectance_calibration(LandsatScene.open(tmp_path / "night"))


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
    assert result == {"OUTPUT": output}
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


def test_prepare_landsat_l1_algorithm_writes_toa_reflectance(provider, tmp_path):
    import processing
    feedback = recording_feedback()
    mtl = next(require(LANDSAT5_L1).glob("*_MTL.txt"))
    outputs = {"OUTPUT": str(tmp_path / "bt.tif"), "OUTPUT_REFLECTANCE": str(tmp_path / "toa.tif")}
    result = processing.run("lst_downscaler:prepare_landsat_l1", {"SCENE": str(mtl), **outputs}, feedback=feedback)
    assert result == outputs
    log = "\n".join(feedback.log)
    assert "TOA reflectance B4: ρ = 0.00358746 × DN + -0.0097714" in log
    assert "no EARTH_SUN_DISTANCE: used d = 1.01285 AU" in log and "Table 11" in log
    scene = LandsatScene.open(mtl)
    bt, _ = read(outputs["OUTPUT"])
    np.testing.assert_allclose(bt, brightness_temperature(read_band(scene.level1_path("B6")), TM5_B6_MULT,
                                                          TM5_B6_ADD), atol=1e-3)
    stack, descriptions, _ = read_stack(outputs["OUTPUT_REFLECTANCE"])
    assert descriptions == TOA_DESCRIPTIONS_TM
    dn7 = read_band(scene.level1_path("B7")).astype(np.float64)
    np.testing.assert_allclose(stack[5], tm5_toa_reflectance(7, dn7), atol=1e-5)


def cropped_band7(folder):
    band7 = next(folder.glob("*_B7.TIF"))
    whole = band7.replace(folder.parent / band7.name)  # writing over it, GDAL would delete the MTL too
    crop_rows(whole, band7, 0, 100)


@pytest.mark.parametrize("break_scene, message", [
    (lambda folder: next(folder.glob("*_B7.TIF")).unlink(), r"no B7 band file \(\*_B7.TIF\)"),
    (cropped_band7, "not from the same scene product"),  # found only once the brightness temperature is written
])
def test_prepare_landsat_l1_bad_scene_leaves_no_output(provider, landsat5_copy, tmp_path, break_scene, message):
    import processing
    from qgis.core import QgsProcessingException
    folder, mtl, _ = landsat5_copy
    break_scene(folder)
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("lst_downscaler:prepare_landsat_l1", {
            "SCENE": str(mtl), "OUTPUT": str(outputs / "bt.tif"), "OUTPUT_REFLECTANCE": str(outputs / "toa.tif")})
    assert list(outputs.iterdir()) == []


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

"""Landsat 4-9 Level-1 thermal bands to top-of-atmosphere brightness temperature: radiance from
the MTL's gain and offset (or its radiance ranges), then the Planck inversion with K1/K2."""

from dataclasses import dataclass

import numpy as np

from ...errors import DownscalingError
from .products import write_scaled
from .scene import FILL_DN, THERMAL_BANDS_L1, open_band

# (K1, K2) used when the MTL lacks them: Chander, Markham and Helder (2009) for TM and
# ETM+; the Landsat 8 and Landsat 9 Data Users Handbooks for TIRS and TIRS-2.
STANDARD_THERMAL_CONSTANTS = {
    (4, "B6"): (671.62, 1284.30), (5, "B6"): (607.76, 1260.56),
    (7, "B6_VCID_1"): (666.09, 1282.71), (7, "B6_VCID_2"): (666.09, 1282.71),
    (8, "B10"): (774.8853, 1321.0789), (8, "B11"): (480.8883, 1201.1442),
    (9, "B10"): (799.0284, 1329.2405), (9, "B11"): (475.6581, 1198.3494),
}
# RADIANCE_MULT further than this from the gain of the radiance range was printed rounded
# (0.055 for 0.055374 in some TM MTLs: 0.4 K at 300 K); consistent MTLs agree to 0.01 %.
ROUNDED_GAIN_TOLERANCE = 1e-3
RESCALING_GROUPS = ("LEVEL1_RADIOMETRIC_RESCALING", "RADIOMETRIC_RESCALING")
_RADIANCE_RANGE_GROUPS = ("LEVEL1_MIN_MAX_RADIANCE", "MIN_MAX_RADIANCE")
_PIXEL_RANGE_GROUPS = ("LEVEL1_MIN_MAX_PIXEL_VALUE", "MIN_MAX_PIXEL_VALUE")
_THERMAL_CONSTANT_GROUPS = ("LEVEL1_THERMAL_CONSTANTS", "THERMAL_CONSTANTS", "TIRS_THERMAL_CONSTANTS")


@dataclass(frozen=True)
class ThermalCalibration:
    """How a Level-1 thermal band (``B6``, ``B6_VCID_1``, ``B10``...) becomes brightness temperature.

    ``radiance`` is (mult, add) from DN to W/(m² sr µm); ``constants`` is (K1, K2); ``notes``
    say which values the MTL lacked and what stood in for them.
    """

    band: str
    radiance: tuple
    constants: tuple
    notes: tuple = ()


def thermal_calibration(scene, second_band=False):
    """The calibration of the first (or second) Level-1 thermal band of ``scene``, from its MTL.

    Radiance gain/offset as :func:`radiance_rescaling` gives them; K1/K2 from the MTL, or else
    the standard values of the sensor. Each stand-in is named in ``notes``.
    """
    bands = THERMAL_BANDS_L1.get(scene.landsat_number)
    if bands is None:
        raise DownscalingError(f"{scene.spacecraft_id} has no supported thermal band: choose a Landsat 4, 5, 7, "
                               "8 or 9 scene.")
    if second_band and len(bands) == 1:
        raise DownscalingError(f"{scene.spacecraft_id} has a single thermal band ({bands[0]}): choose the first "
                               "thermal band.")
    band = bands[1 if second_band else 0]
    key = f"BAND_{band[1:]}"
    radiance, radiance_notes = radiance_rescaling(scene, key)
    notes = list(radiance_notes)
    constants = (scene.first_value(_THERMAL_CONSTANT_GROUPS, f"K1_CONSTANT_{key}"),
                 scene.first_value(_THERMAL_CONSTANT_GROUPS, f"K2_CONSTANT_{key}"))
    if None in constants:
        constants = STANDARD_THERMAL_CONSTANTS[(scene.landsat_number, band)]
        notes.append(f"The MTL has no K1_CONSTANT_{key}/K2_CONSTANT_{key}: used the standard {scene.spacecraft_id} "
                     f"{band} constants K1 = {constants[0]}, K2 = {constants[1]}.")
    return ThermalCalibration(band, radiance, constants, tuple(notes))


def radiance_rescaling(scene, key):
    """(gain, offset) from DN to radiance in W/(m² sr µm) of band ``key`` (``BAND_6``...), and notes.

    RADIANCE_MULT/ADD of the MTL, or the gain and offset of its radiance and pixel value
    ranges (LMIN/LMAX, QCALMIN/QCALMAX) when those are missing or printed rounded; the notes
    say when the ranges stood in.
    """
    radiance = (scene.first_value(RESCALING_GROUPS, f"RADIANCE_MULT_{key}"),
                scene.first_value(RESCALING_GROUPS, f"RADIANCE_ADD_{key}"))
    from_ranges = _radiance_from_ranges(scene, key)
    if None in radiance:
        if from_ranges is None:
            raise DownscalingError(
                f"{scene.mtl_path} has no radiance rescaling for {key} (RADIANCE_MULT/ADD_{key}, or RADIANCE_"
                f"MINIMUM/MAXIMUM_{key} with QUANTIZE_CAL_MIN/MAX_{key}): use the complete MTL file of the scene.")
        return from_ranges, (f"The MTL has no RADIANCE_MULT_{key}/RADIANCE_ADD_{key}: used gain {from_ranges[0]:.6g} "
                             f"and offset {from_ranges[1]:.6g} computed from its radiance range (LMIN/LMAX) and "
                             "pixel value range (QCALMIN/QCALMAX).",)
    if from_ranges is not None and abs(radiance[0] / from_ranges[0] - 1) > ROUNDED_GAIN_TOLERANCE:
        error = 100 * (radiance[0] / from_ranges[0] - 1)
        return from_ranges, (f"RADIANCE_MULT_{key} = {radiance[0]} in the MTL is rounded ({error:+.2f} % from its "
                             f"radiance range): used gain {from_ranges[0]:.6g} and offset {from_ranges[1]:.6g} "
                             "computed from LMIN/LMAX and QCALMIN/QCALMAX.",)
    return radiance, ()


def _radiance_from_ranges(scene, key):
    """(gain, offset) from the radiance and pixel value ranges of the MTL, or None."""
    lmin, lmax = (scene.first_value(_RADIANCE_RANGE_GROUPS, f"RADIANCE_{end}_{key}") for end in ("MINIMUM", "MAXIMUM"))
    qmin, qmax = (scene.first_value(_PIXEL_RANGE_GROUPS, f"QUANTIZE_CAL_{end}_{key}") for end in ("MIN", "MAX"))
    if None in (lmin, lmax, qmin, qmax) or qmax == qmin:
        return None
    mult = (lmax - lmin) / (qmax - qmin)
    return mult, lmin - mult * qmin


def write_brightness_temperature(scene, calibration, out_path, progress=None, is_canceled=None, mask_clouds=True):
    """Top-of-atmosphere brightness temperature in kelvin of a Level-1 thermal band, as a Float32 GeoTIFF.

    L = mult·DN + add, T = K2 / ln(K1 / L + 1). Fill (DN 0) and the band file's own nodata
    value (255 in some redistributed 8-bit crops) become nodata; ``mask_clouds`` as in
    :func:`write_lst_kelvin`. Returns ``out_path``.
    """
    path = scene.level1_path(calibration.band)
    with open_band(path) as dataset:
        nodata = dataset.nodata
    mult, add = calibration.radiance
    k1, k2 = calibration.constants

    def kelvin(dn):
        radiance = dn.astype(np.float32) * np.float32(mult) + np.float32(add)
        with np.errstate(invalid="ignore", divide="ignore"):
            values = np.float32(k2) / np.log(np.float32(k1) / radiance + np.float32(1))
        fill = (dn == FILL_DN) | (radiance <= 0) | ~np.isfinite(values)
        if nodata is not None:
            fill |= dn == nodata
        values[fill] = np.nan
        return values

    return write_scaled(scene, [path], kelvin, out_path, f"Brightness temperature {calibration.band} (K)", "K",
                         mask_clouds, progress, is_canceled)

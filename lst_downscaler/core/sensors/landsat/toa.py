"""Landsat 4-9 Level-1 reflective bands to top-of-atmosphere (TOA) reflectance: the MTL's
reflectance rescaling and sun elevation, or else radiance, the Earth-Sun distance and the
sensor's solar irradiance (Chander, Markham and Helder 2009)."""

import datetime
import math
from dataclasses import dataclass

from ...errors import DownscalingError
from .level1 import RESCALING_GROUPS, radiance_rescaling
from .mtl import is_number
from .products import linear_stack, write_scaled
from .scene import REFLECTANCE_ROLES, open_band

# Mean exoatmospheric solar irradiance ESUN in W/(m² µm) of blue, green, red, NIR, SWIR 1 and
# SWIR 2 (TM and ETM+ bands 1-5 and 7): Chander, Markham and Helder (2009), Table 11 (ChKur).
# OLI has none: its MTLs always give REFLECTANCE_MULT/ADD.
STANDARD_ESUN = {
    4: (1983, 1795, 1539, 1028, 219.8, 83.49),
    5: (1983, 1796, 1536, 1031, 220.0, 83.44),
    7: (1997, 1812, 1533, 1039, 230.8, 84.90),
}
_SCENE_GROUPS = ("IMAGE_ATTRIBUTES", "PRODUCT_METADATA")
J2000 = datetime.date(2000, 1, 1)


@dataclass(frozen=True)
class ReflectanceCalibration:
    """How the Level-1 reflective bands (``B2``... ``B7``, or ``B1``... ``B7``) become TOA reflectance.

    ``scales`` holds one (mult, add) per band, from DN straight to reflectance (sun elevation
    included); ``notes`` say which values the MTL lacked and what stood in for them.
    """

    bands: tuple
    scales: tuple
    notes: tuple = ()


def toa_reflectance_calibration(scene):
    """The TOA reflectance calibration of blue, green, red, NIR, SWIR 1 and SWIR 2, from the MTL.

    ρ = (REFLECTANCE_MULT × DN + REFLECTANCE_ADD) / sin(SUN_ELEVATION) where the MTL has the
    reflectance rescaling (Landsat 8/9, Collection 1 and 2); otherwise ρ = π·L·d² / (ESUN ·
    sin(SUN_ELEVATION)) with L the radiance of :func:`radiance_rescaling`, d EARTH_SUN_DISTANCE
    (or computed from DATE_ACQUIRED) and ESUN from :data:`STANDARD_ESUN`.
    """
    numbers = scene.reflectance_bands()
    elevation = scene.first_value(_SCENE_GROUPS, "SUN_ELEVATION")
    if not is_number(elevation) or not 0 < elevation <= 90:
        raise DownscalingError(
            f"{scene.mtl_path} has no usable SUN_ELEVATION (found: {elevation!r}): TOA reflectance needs a "
            "daytime scene and its complete MTL file; otherwise leave the TOA reflectance output unset.")
    sine = math.sin(math.radians(elevation))
    scales, notes, from_radiance = [], [], []
    distance = None
    for index, number in enumerate(numbers):
        key = f"BAND_{number}"
        mult, add = (scene.first_value(RESCALING_GROUPS, f"REFLECTANCE_{kind}_{key}") for kind in ("MULT", "ADD"))
        if is_number(mult) and is_number(add):
            scales.append((mult / sine, add / sine))
            continue
        if scene.landsat_number not in STANDARD_ESUN:
            raise DownscalingError(
                f"{scene.mtl_path} has no REFLECTANCE_MULT_{key}/REFLECTANCE_ADD_{key}, and {scene.spacecraft_id} "
                "has no standard solar irradiance to compute them: use the complete MTL file of the scene.")
        if distance is None:
            distance, distance_notes = earth_sun_distance(scene)
            notes += distance_notes
        (gain, offset), radiance_notes = radiance_rescaling(scene, key)
        notes += radiance_notes
        esun = STANDARD_ESUN[scene.landsat_number][index]
        factor = math.pi * distance ** 2 / (esun * sine)
        scales.append((gain * factor, offset * factor))
        from_radiance.append(f"B{number} {esun:g}")
    if from_radiance:
        notes.insert(0, f"The MTL has no REFLECTANCE_MULT/REFLECTANCE_ADD: used ρ = π·L·d² / (ESUN·sin(sun "
                        f"elevation)) with the standard {scene.spacecraft_id} ESUN in W/(m² µm), "
                        f"{', '.join(from_radiance)} (Chander, Markham and Helder 2009, Table 11).")
    return ReflectanceCalibration(tuple(f"B{number}" for number in numbers), tuple(scales), tuple(notes))


def earth_sun_distance(scene):
    """The Earth-Sun distance in astronomical units of EARTH_SUN_DISTANCE, or else of DATE_ACQUIRED, and notes.

    From the date: R = 1.00014 - 0.01671 cos g - 0.00014 cos 2g, g = 357.529° + 0.98560028° n,
    n days from J2000.0 to noon of that day (The Astronomical Almanac, low-precision formulae
    for the Sun); it gives the EARTH_SUN_DISTANCE of Landsat 8 MTLs to 1e-5.
    """
    distance = scene.first_value(_SCENE_GROUPS, "EARTH_SUN_DISTANCE")
    if is_number(distance):
        return distance, ()
    text = scene.first_value(_SCENE_GROUPS, "DATE_ACQUIRED")
    try:
        date = datetime.date.fromisoformat(str(text))
    except ValueError:
        raise DownscalingError(
            f"{scene.mtl_path} has neither EARTH_SUN_DISTANCE nor a DATE_ACQUIRED (found: {text!r}) to compute it "
            "from: use the complete MTL file of the scene.") from None
    g = math.radians(357.529 + 0.98560028 * (date - J2000).days)
    distance = 1.00014 - 0.01671 * math.cos(g) - 0.00014 * math.cos(2 * g)
    return distance, (f"The MTL has no EARTH_SUN_DISTANCE: used d = {distance:.5f} AU computed from DATE_ACQUIRED "
                      f"{date.isoformat()} (The Astronomical Almanac's low-precision formula for the Sun).",)


def write_toa_reflectance(scene, out_path, progress=None, is_canceled=None, mask_clouds=True):
    """TOA reflectance of blue, green, red, NIR, SWIR 1 and SWIR 2 as a 6-band Float32 GeoTIFF.

    The same band order as :func:`write_reflectance` (Level-2), so either can feed the same
    algorithms; the calibration is :func:`toa_reflectance_calibration`. Fill (DN 0) and each
    band file's own nodata value (255 in some redistributed 8-bit crops) become nodata;
    ``mask_clouds`` as in :func:`write_lst_kelvin`. Returns ``out_path``.
    """
    calibration = toa_reflectance_calibration(scene)
    paths = [scene.level1_path(band) for band in calibration.bands]
    nodata_dns = []
    for path in paths:
        with open_band(path) as dataset:
            nodata_dns.append(dataset.nodata)
    descriptions = [f"TOA_{band} ({role})" for band, role in zip(calibration.bands, REFLECTANCE_ROLES)]
    return write_scaled(scene, paths, linear_stack(calibration.scales, nodata_dns), out_path, descriptions, "",
                        mask_clouds, progress, is_canceled)

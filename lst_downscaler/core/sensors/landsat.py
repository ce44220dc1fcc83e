"""Landsat scenes: MTL metadata, band files, LST, NDVI and reflectance in physical units.

Reads a scene folder as delivered by USGS (one GeoTIFF per band plus ``*_MTL.txt``):
Collection 2 Level-2 surface temperature and reflectance, and Level-1 thermal bands
turned into top-of-atmosphere brightness temperature. Band files without georeferencing
(as in some redistributed crops) are placed on the UTM grid that the MTL describes.
"""

import re
import warnings
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.errors import NotGeoreferencedWarning
from rasterio.windows import Window

from ..errors import DownscalingError
from ..io.grid import Grid
from ..io.grid import grid_of as dataset_grid
from ..io.raster import GeoTiffWriter, read_band, reported, strip_rows

FILL_DN = 0
DEFAULT_TEMPERATURE_SCALE = (0.00341802, 149.0)
DEFAULT_REFLECTANCE_SCALE = (2.75e-05, -0.2)
# QA_PIXEL bits that make a pixel unusable: fill (0), dilated cloud (1), cirrus (2),
# cloud (3), cloud shadow (4), snow (5).
QA_REJECTED_BITS = 0b111111
# (red, NIR) surface reflectance band numbers: OLI (Landsat 8/9) and TM/ETM+ (Landsat 4-7).
RED_NIR_BANDS = {8: (4, 5), 9: (4, 5), 4: (3, 4), 5: (3, 4), 7: (3, 4)}
# Surface reflectance bands of the reflectance stack: blue, green, red, NIR, SWIR 1, SWIR 2,
# in this order for every sensor.
REFLECTANCE_ROLES = ("blue", "green", "red", "NIR", "SWIR 1", "SWIR 2")
REFLECTANCE_BANDS = {8: (2, 3, 4, 5, 6, 7), 9: (2, 3, 4, 5, 6, 7),
                     4: (1, 2, 3, 4, 5, 7), 5: (1, 2, 3, 4, 5, 7), 7: (1, 2, 3, 4, 5, 7)}
# Level-1 thermal bands: the first is the default (ETM+ B6_VCID_1 is the low-gain band).
THERMAL_BANDS_L1 = {4: ("B6",), 5: ("B6",), 7: ("B6_VCID_1", "B6_VCID_2"), 8: ("B10", "B11"),
                    9: ("B10", "B11")}
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
_RESCALING_GROUPS = ("LEVEL1_RADIOMETRIC_RESCALING", "RADIOMETRIC_RESCALING")
_RADIANCE_RANGE_GROUPS = ("LEVEL1_MIN_MAX_RADIANCE", "MIN_MAX_RADIANCE")
_PIXEL_RANGE_GROUPS = ("LEVEL1_MIN_MAX_PIXEL_VALUE", "MIN_MAX_PIXEL_VALUE")
_THERMAL_CONSTANT_GROUPS = ("LEVEL1_THERMAL_CONSTANTS", "THERMAL_CONSTANTS", "TIRS_THERMAL_CONSTANTS")

_BAND_FILE = re.compile(r"_(SR_B[1-7]|ST_B10|ST_B6|QA_PIXEL|B6_VCID_[12]|B\d{1,2})\.tif$", re.IGNORECASE)
_INTEGER = re.compile(r"^[+-]?\d+$")
_FLOAT = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")


def parse_mtl(path):
    """The MTL file as nested dicts, {GROUP: {SUBGROUP: {KEY: value}}}, mirroring its groups.

    Quoted values stay strings; unquoted integers and decimals become int and float.
    """
    root = {}
    stack = [root]
    text = Path(path).read_text(encoding="ascii", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip(" \t\0")
        if not line or line == "END":
            continue
        key, sep, value = (part.strip() for part in line.partition("="))
        if not sep:
            raise DownscalingError(f"{path}, line {number}: '{line[:60]}' is not KEY = VALUE: the file is "
                                   "truncated or not a Landsat *_MTL.txt file; download the scene's MTL again.")
        if key == "GROUP":
            stack[-1][value] = {}
            stack.append(stack[-1][value])
        elif key == "END_GROUP":
            if len(stack) == 1:
                raise DownscalingError(f"{path}, line {number}: END_GROUP without GROUP.")
            stack.pop()
        else:
            stack[-1][key] = _mtl_value(value)
    return root


def _mtl_value(text):
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1]
    if _INTEGER.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    return text


def find_group(metadata, name):
    """The group called ``name`` at any depth of parsed MTL metadata, or None."""
    for key, value in metadata.items():
        if isinstance(value, dict):
            found = value if key == name else find_group(value, name)
            if found is not None:
                return found
    return None


def qa_rejected(qa):
    """True where QA_PIXEL flags fill, cloud, dilated cloud, cirrus, cloud shadow or snow."""
    return (np.asarray(qa).astype(np.uint16) & QA_REJECTED_BITS) != 0


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


@dataclass(frozen=True)
class LandsatScene:
    """A Landsat scene folder: its MTL metadata and band files.

    ``bands`` maps band names (``SR_B4``, ``ST_B10``, ``QA_PIXEL``, Level-1 ``B6``...) to file paths.
    """

    mtl_path: Path
    metadata: dict
    bands: dict

    @classmethod
    def open(cls, path):
        """The scene in folder ``path``, or the scene whose ``*_MTL.txt`` is ``path``."""
        path = Path(path)
        if path.is_dir():
            mtls = [p for p in path.iterdir() if p.name.upper().endswith("_MTL.TXT")]
            if len(mtls) != 1:
                found = "none" if not mtls else ", ".join(sorted(p.name for p in mtls))
                raise DownscalingError(
                    f"{path} must hold exactly one Landsat *_MTL.txt metadata file (found: {found}): "
                    "choose the folder of a single extracted Collection 2 scene, or its MTL file.")
            path = mtls[0]
        elif not path.is_file():
            raise DownscalingError(f"{path} does not exist: choose a Landsat scene folder or its *_MTL.txt file.")
        elif not path.name.upper().endswith("_MTL.TXT"):
            raise DownscalingError(f"{path} is not a Landsat *_MTL.txt file: choose the scene's MTL file or folder.")
        prefix = path.name[:-len("_MTL.txt")].upper()
        bands = {}
        for candidate in path.parent.iterdir():
            match = _BAND_FILE.search(candidate.name)
            if match and candidate.name.upper().startswith(prefix):
                bands[match.group(1).upper()] = candidate
        return cls(path, parse_mtl(path), bands)

    def value(self, group, key, default=None):
        """``key`` of the MTL group ``group`` (``default`` when either is missing)."""
        found = find_group(self.metadata, group)
        return default if found is None else found.get(key, default)

    def first_value(self, groups, key):
        """``key`` of the first of ``groups`` that has it (MTL group names vary by collection), or None."""
        return next((found for found in (self.value(group, key) for group in groups) if found is not None), None)

    @property
    def spacecraft_id(self):
        """E.g. ``LANDSAT_8``."""
        spacecraft = self.first_value(("IMAGE_ATTRIBUTES", "PRODUCT_METADATA"), "SPACECRAFT_ID")
        if not spacecraft:
            raise DownscalingError(f"{self.mtl_path} has no SPACECRAFT_ID: it is not a Landsat MTL file.")
        return spacecraft

    @property
    def landsat_number(self):
        return int(self.spacecraft_id.rsplit("_", 1)[-1])

    @property
    def thermal_band(self):
        """``ST_B10`` (Landsat 8/9) or ``ST_B6`` (Landsat 4-7)."""
        return "ST_B10" if self.landsat_number >= 8 else "ST_B6"

    @property
    def thermal_path(self):
        return self._band_path(self.thermal_band, "a Level-2 surface temperature product (L2SP)")

    @property
    def qa_pixel_path(self):
        """The QA_PIXEL band, or None when the scene has none."""
        return self.bands.get("QA_PIXEL")

    def level1_path(self, band):
        return self._band_path(band, "the Level-1 product")

    def reflectance_path(self, band_number):
        return self._band_path(f"SR_B{band_number}", "a Level-2 surface reflectance product")

    def _band_path(self, band, product):
        if band not in self.bands:
            raise DownscalingError(
                f"The scene {self.mtl_path.parent} has no {band} band file (*_{band}.TIF): download "
                f"{product} of this scene with that band, and keep it beside the MTL file.")
        return self.bands[band]

    def temperature_scale(self):
        """(mult, add) turning the surface temperature DN into kelvin."""
        group, band = "LEVEL2_SURFACE_TEMPERATURE_PARAMETERS", self.thermal_band
        mult, add = DEFAULT_TEMPERATURE_SCALE
        return (self.value(group, f"TEMPERATURE_MULT_BAND_{band}", mult),
                self.value(group, f"TEMPERATURE_ADD_BAND_{band}", add))

    def reflectance_scale(self, band_number):
        """(mult, add) turning a surface reflectance DN into reflectance (0-1)."""
        group = "LEVEL2_SURFACE_REFLECTANCE_PARAMETERS"
        mult, add = DEFAULT_REFLECTANCE_SCALE
        return (self.value(group, f"REFLECTANCE_MULT_BAND_{band_number}", mult),
                self.value(group, f"REFLECTANCE_ADD_BAND_{band_number}", add))

    def red_nir_bands(self):
        return self._per_sensor(RED_NIR_BANDS)

    def reflectance_bands(self):
        """Band numbers of blue, green, red, NIR, SWIR 1 and SWIR 2."""
        return self._per_sensor(REFLECTANCE_BANDS)

    def _per_sensor(self, table):
        if self.landsat_number not in table:
            raise DownscalingError(f"{self.spacecraft_id} is not a supported Landsat (4, 5, 7, 8 or 9).")
        return table[self.landsat_number]

    def grid_of(self, band_path):
        """The grid of a band file: its own georeferencing, or else the one in the MTL."""
        with open_band(band_path) as dataset:
            if dataset.crs is not None and not dataset.transform.is_identity:
                return dataset_grid(dataset)
            thermal = Path(band_path) == self.bands.get(self.thermal_band)
            return self._mtl_grid(dataset.width, dataset.height, thermal, band_path)

    def _mtl_grid(self, width, height, thermal, band_path):
        """The UTM grid of the MTL; its corner coordinates are pixel centres."""
        projection = find_group(self.metadata, "PROJECTION_ATTRIBUTES") or {}
        if projection.get("MAP_PROJECTION") != "UTM" or projection.get("DATUM") != "WGS84":
            raise DownscalingError(
                f"{band_path} has no georeferencing and the MTL does not describe a WGS84 UTM grid "
                f"(MAP_PROJECTION {projection.get('MAP_PROJECTION')}): georeference the band first.")
        kind = "THERMAL" if thermal else "REFLECTIVE"
        needed = ("UTM_ZONE", f"GRID_CELL_SIZE_{kind}", f"{kind}_SAMPLES", f"{kind}_LINES",
                  "CORNER_UL_PROJECTION_X_PRODUCT", "CORNER_UL_PROJECTION_Y_PRODUCT",
                  "CORNER_LR_PROJECTION_X_PRODUCT", "CORNER_LR_PROJECTION_Y_PRODUCT")
        missing = [key for key in needed if not _is_number(projection.get(key))]
        if missing:
            raise DownscalingError(
                f"{band_path} has no georeferencing, and the MTL {self.mtl_path} lacks {', '.join(missing)} "
                "(group PROJECTION_ATTRIBUTES) to place it: use the scene's complete MTL file, or "
                "georeference the band first.")
        size = float(projection[f"GRID_CELL_SIZE_{kind}"])
        samples, lines = projection[f"{kind}_SAMPLES"], projection[f"{kind}_LINES"]
        ul_x, ul_y = projection["CORNER_UL_PROJECTION_X_PRODUCT"], projection["CORNER_UL_PROJECTION_Y_PRODUCT"]
        lr_x, lr_y = projection["CORNER_LR_PROJECTION_X_PRODUCT"], projection["CORNER_LR_PROJECTION_Y_PRODUCT"]
        corners_span = (round((lr_x - ul_x) / size) + 1, round((ul_y - lr_y) / size) + 1)
        if (width, height) != (samples, lines) or corners_span != (samples, lines):
            raise DownscalingError(
                f"{band_path} has {width} x {height} pixels but its MTL describes {samples} x {lines} "
                f"(corners span {corners_span[0]} x {corners_span[1]}): the MTL does not belong to "
                "this band (e.g. a cropped band with the full scene's MTL). Georeference the band first.")
        crs = CRS.from_epsg(32600 + int(projection["UTM_ZONE"]))
        transform = Affine(size, 0, ul_x - size / 2, 0, -size, ul_y + size / 2)
        return Grid(crs, transform, width, height)


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_level2(scene, reflectance=False):
    """Check, before any output is written, all that the Level-2 writers need: SPACECRAFT_ID,
    numeric scale factors where the MTL gives them, the band files, and the MTL grid of
    bands without georeferencing. One DownscalingError lists every problem found."""
    spacecraft = scene.first_value(("IMAGE_ATTRIBUTES", "PRODUCT_METADATA"), "SPACECRAFT_ID")
    if not isinstance(spacecraft, str) or not re.fullmatch(r"LANDSAT_\d", spacecraft):
        raise DownscalingError(
            f"{scene.mtl_path} has no valid SPACECRAFT_ID (found: {spacecraft!r}): it is not a complete "
            "Landsat MTL file; download the scene's MTL again.")
    numbers = scene.reflectance_bands() if reflectance else scene.red_nir_bands()
    keys = [("LEVEL2_SURFACE_TEMPERATURE_PARAMETERS", f"TEMPERATURE_{kind}_BAND_{scene.thermal_band}")
            for kind in ("MULT", "ADD")]
    keys += [("LEVEL2_SURFACE_REFLECTANCE_PARAMETERS", f"REFLECTANCE_{kind}_BAND_{number}")
             for number in numbers for kind in ("MULT", "ADD")]
    problems = [f"{key} is empty or not a number" for group, key in keys
                if scene.value(group, key) is not None and not _is_number(scene.value(group, key))]
    bands = [scene.thermal_band] + [f"SR_B{number}" for number in numbers]
    problems += [f"no {band} band file (*_{band}.TIF)" for band in bands if band not in scene.bands]
    if problems:
        raise DownscalingError(
            f"The scene {scene.mtl_path} cannot be prepared: {'; '.join(problems)}. Download the complete "
            "Level-2 product (MTL and band files) and keep the files together.")
    for band in bands:
        scene.grid_of(scene.bands[band])


def open_band(path):
    """A band file opened with rasterio, quiet about a missing georeferencing (handled by grid_of)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        try:
            return rasterio.open(path)
        except rasterio.errors.RasterioIOError as error:
            raise DownscalingError(f"Cannot open {path} as a raster: {error}") from error


def write_lst_kelvin(scene, out_path, progress=None, is_canceled=None, mask_clouds=True):
    """Surface temperature in kelvin as a Float32 GeoTIFF; fill (DN 0) becomes nodata.

    With ``mask_clouds`` and a QA_PIXEL band in the scene, flagged pixels are nodata too
    (no effect when the scene has no QA_PIXEL band). Returns ``out_path``.
    """
    mult, add = scene.temperature_scale()

    def kelvin(thermal):
        values = thermal.astype(np.float32) * np.float32(mult) + np.float32(add)
        values[thermal == FILL_DN] = np.nan
        return values

    return _write_scaled(scene, [scene.thermal_path], kelvin, out_path, "LST (K)", "K",
                         mask_clouds, progress, is_canceled)


def write_ndvi(scene, out_path, progress=None, is_canceled=None, mask_clouds=True):
    """NDVI from surface reflectance red and NIR as a Float32 GeoTIFF; fill becomes nodata.

    ``mask_clouds`` as in :func:`write_lst_kelvin`. Returns ``out_path``.
    """
    red_band, nir_band = scene.red_nir_bands()
    red_scale, nir_scale = scene.reflectance_scale(red_band), scene.reflectance_scale(nir_band)

    def ndvi(red_dn, nir_dn):
        red = red_dn.astype(np.float32) * np.float32(red_scale[0]) + np.float32(red_scale[1])
        nir = nir_dn.astype(np.float32) * np.float32(nir_scale[0]) + np.float32(nir_scale[1])
        with np.errstate(invalid="ignore", divide="ignore"):
            values = (nir - red) / (nir + red)
        values[(red_dn == FILL_DN) | (nir_dn == FILL_DN) | ~np.isfinite(values)] = np.nan
        return np.clip(values, -1, 1)

    paths = [scene.reflectance_path(red_band), scene.reflectance_path(nir_band)]
    return _write_scaled(scene, paths, ndvi, out_path, "NDVI", "", mask_clouds, progress, is_canceled)


def write_reflectance(scene, out_path, progress=None, is_canceled=None, mask_clouds=True):
    """Surface reflectance (0-1) of blue, green, red, NIR, SWIR 1 and SWIR 2 as a 6-band Float32 GeoTIFF.

    Landsat 8/9 SR_B2..SR_B7, Landsat 4-7 SR_B1..SR_B5 and SR_B7, so band i has the same
    role for every sensor; the band descriptions name both. Fill (DN 0) becomes nodata;
    ``mask_clouds`` as in :func:`write_lst_kelvin`. Returns ``out_path``.
    """
    numbers = scene.reflectance_bands()
    scales = [scene.reflectance_scale(number) for number in numbers]

    def reflectance(*dns):
        values = np.empty((len(dns),) + dns[0].shape, dtype=np.float32)
        for band, (dn, (mult, add)) in enumerate(zip(dns, scales)):
            values[band] = dn.astype(np.float32) * np.float32(mult) + np.float32(add)
            values[band][dn == FILL_DN] = np.nan
        return values

    paths = [scene.reflectance_path(number) for number in numbers]
    descriptions = [f"SR_B{number} ({role})" for number, role in zip(numbers, REFLECTANCE_ROLES)]
    return _write_scaled(scene, paths, reflectance, out_path, descriptions, "", mask_clouds, progress, is_canceled)


def thermal_calibration(scene, second_band=False):
    """The calibration of the first (or second) Level-1 thermal band of ``scene``, from its MTL.

    Radiance gain/offset come from RADIANCE_MULT/ADD, or from the band's radiance and pixel
    value ranges (LMIN/LMAX, QCALMIN/QCALMAX) when those are missing or printed rounded;
    K1/K2 from the MTL, or else the standard values of the sensor. Each stand-in is named
    in ``notes``.
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
    notes = []
    radiance = (scene.first_value(_RESCALING_GROUPS, f"RADIANCE_MULT_{key}"),
                scene.first_value(_RESCALING_GROUPS, f"RADIANCE_ADD_{key}"))
    from_ranges = _radiance_from_ranges(scene, key)
    if None in radiance:
        if from_ranges is None:
            raise DownscalingError(
                f"{scene.mtl_path} has no radiance rescaling for {key} (RADIANCE_MULT/ADD_{key}, or RADIANCE_"
                f"MINIMUM/MAXIMUM_{key} with QUANTIZE_CAL_MIN/MAX_{key}): use the complete MTL file of the scene.")
        notes.append(f"The MTL has no RADIANCE_MULT_{key}/RADIANCE_ADD_{key}: used gain {from_ranges[0]:.6g} and "
                     f"offset {from_ranges[1]:.6g} computed from its radiance range (LMIN/LMAX) and pixel "
                     "value range (QCALMIN/QCALMAX).")
        radiance = from_ranges
    elif from_ranges is not None and abs(radiance[0] / from_ranges[0] - 1) > ROUNDED_GAIN_TOLERANCE:
        error = 100 * (radiance[0] / from_ranges[0] - 1)
        notes.append(f"RADIANCE_MULT_{key} = {radiance[0]} in the MTL is rounded ({error:+.2f} % from its "
                     f"radiance range): used gain {from_ranges[0]:.6g} and offset {from_ranges[1]:.6g} "
                     "computed from LMIN/LMAX and QCALMIN/QCALMAX.")
        radiance = from_ranges
    constants = (scene.first_value(_THERMAL_CONSTANT_GROUPS, f"K1_CONSTANT_{key}"),
                 scene.first_value(_THERMAL_CONSTANT_GROUPS, f"K2_CONSTANT_{key}"))
    if None in constants:
        constants = STANDARD_THERMAL_CONSTANTS[(scene.landsat_number, band)]
        notes.append(f"The MTL has no K1_CONSTANT_{key}/K2_CONSTANT_{key}: used the standard {scene.spacecraft_id} "
                     f"{band} constants K1 = {constants[0]}, K2 = {constants[1]}.")
    return ThermalCalibration(band, radiance, constants, tuple(notes))


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

    return _write_scaled(scene, [path], kelvin, out_path, f"Brightness temperature {calibration.band} (K)", "K",
                         mask_clouds, progress, is_canceled)


def _write_scaled(scene, paths, compute, out_path, description, units, mask_clouds, progress, is_canceled):
    """Write ``compute(*dn_strips)`` strip by strip on the grid of the first band.

    ``compute`` returns one band (rows, cols) or several (bands, rows, cols), as ``description``
    names one band or lists them.
    """
    grid = scene.grid_of(paths[0])
    qa_path = scene.qa_pixel_path if mask_clouds else None
    strips = strip_rows(grid, 1, (1 << 22) // len(paths))
    with ExitStack() as stack:
        bands = [stack.enter_context(open_band(path)) for path in paths]
        qa = stack.enter_context(open_band(qa_path)) if qa_path else None
        for dataset in bands + ([qa] if qa else []):
            if (dataset.width, dataset.height) != (grid.width, grid.height):
                raise DownscalingError(
                    f"{dataset.name} has {dataset.width} x {dataset.height} pixels, {paths[0]} has "
                    f"{grid.width} x {grid.height}: the band files are not from the same scene product.")
        with GeoTiffWriter(out_path, grid, description, units) as writer:
            for row, height in reported(strips, progress, is_canceled):
                window = Window(0, row, grid.width, height)
                values = compute(*(read_band(dataset, 1, window=window) for dataset in bands))
                if qa:
                    values[..., qa_rejected(read_band(qa, 1, window=window))] = np.nan
                writer.write(values, row)
    return out_path

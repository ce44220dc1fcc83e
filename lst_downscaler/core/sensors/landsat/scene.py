"""A Landsat scene folder as delivered by USGS: its MTL metadata, band files, scale factors and
grid (band files without georeferencing, as in some redistributed crops, are placed on the UTM
grid that the MTL describes)."""

import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.errors import NotGeoreferencedWarning

from ...errors import DownscalingError
from ...io.grid import Grid
from ...io.grid import grid_of as dataset_grid
from .mtl import find_group, is_number, parse_mtl

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

_BAND_FILE = re.compile(r"_(SR_B[1-7]|ST_B10|ST_B6|QA_PIXEL|B6_VCID_[12]|B\d{1,2})\.tif$", re.IGNORECASE)


def qa_rejected(qa):
    """True where QA_PIXEL flags fill, cloud, dilated cloud, cirrus, cloud shadow or snow."""
    return (np.asarray(qa).astype(np.uint16) & QA_REJECTED_BITS) != 0


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
        missing = [key for key in needed if not is_number(projection.get(key))]
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
                if scene.value(group, key) is not None and not is_number(scene.value(group, key))]
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

"""Spectral indices from surface reflectance bands, written by strips.

Normalised differences (a - b) / (a + b), clipped to [-1, 1]: NDVI (NIR, red; Rouse et
al. 1974), NDWI (green, NIR; McFeeters 1996), MNDWI (green, SWIR 1; Xu 2006), NDBI
(SWIR 1, NIR; Zha et al. 2003). Shortwave broadband albedo after Liang (2001), Landsat
TM bands 1, 3, 4, 5, 7 (OLI bands 2, 4, 5, 6, 7).
"""

from contextlib import ExitStack
from enum import Enum

import numpy as np

from ..errors import DownscalingError
from ..io.raster import GeoTiffWriter, GridReader, reported, strip_rows

# Reflectance is at most about 1.6 (Landsat Collection 2 DN 65535); beyond 2 the band holds raw DN.
MAX_REFLECTANCE = 2.0
ROLE_NAMES = {"blue": "blue", "green": "green", "red": "red", "nir": "NIR", "swir1": "SWIR 1", "swir2": "SWIR 2"}
ALBEDO_WEIGHTS = {"blue": 0.356, "red": 0.130, "nir": 0.373, "swir1": 0.085, "swir2": 0.072}
ALBEDO_OFFSET = -0.0018


class SpectralIndex(Enum):
    NDVI = "NDVI"
    NDWI = "NDWI"
    MNDWI = "MNDWI"
    NDBI = "NDBI"
    ALBEDO = "Shortwave albedo"


# (a, b) of each normalised difference (a - b) / (a + b).
NORMALISED_DIFFERENCES = {SpectralIndex.NDVI: ("nir", "red"), SpectralIndex.NDWI: ("green", "nir"),
                          SpectralIndex.MNDWI: ("green", "swir1"), SpectralIndex.NDBI: ("swir1", "nir")}


def required_bands(index):
    """The band roles (``blue``, ``green``, ``red``, ``nir``, ``swir1``, ``swir2``) that ``index`` reads."""
    return tuple(ALBEDO_WEIGHTS) if index is SpectralIndex.ALBEDO else NORMALISED_DIFFERENCES[index]


def write_index(index, bands, out_path, progress=None, is_canceled=None):
    """``index`` from ``bands`` (role -> BandSource in reflectance 0-1) as a Float32 GeoTIFF.

    The grid is that of the first band read; reflectance comes from each band's scale and
    offset, and a band still in raw digital numbers is refused. Returns ``out_path``.
    """
    roles = required_bands(index)
    missing = [ROLE_NAMES[role] for role in roles if bands.get(role) is None]
    if missing:
        raise DownscalingError(f"{index.value} needs the {', '.join(ROLE_NAMES[r] for r in roles)} bands: choose "
                               f"the {' and '.join(missing)} band(s) of the reflectance layer.")
    grid = bands[roles[0]].grid()
    strips = strip_rows(grid, 1, (1 << 22) // len(roles))
    with ExitStack() as stack:
        readers = {role: stack.enter_context(GridReader(bands[role], grid)) for role in roles}
        with GeoTiffWriter(out_path, grid, index.value, "") as writer:
            for row, height in reported(strips, progress, is_canceled):
                reflectance = {role: reader.read(row, height) for role, reader in readers.items()}
                check_reflectance(reflectance, bands)
                writer.write(index_values(index, reflectance), row)
    return out_path


def check_reflectance(reflectance, bands):
    """Refuse reflectance arrays (role -> values) that hold raw digital numbers; ``bands``: role -> BandSource."""
    for role, values in reflectance.items():
        peak = np.nanmax(values, initial=0)
        if peak > MAX_REFLECTANCE:
            source = bands[role]
            raise DownscalingError(
                f"The {ROLE_NAMES[role]} band (band {source.band} of {source.path}) reaches {peak:.0f}, which is "
                "not a reflectance (0-1): it holds raw digital numbers. Set the layer's scale and offset "
                "(Landsat Collection 2: 2.75e-05 and -0.2), or use the reflectance output of a preparation "
                "algorithm.")


def index_values(index, reflectance):
    """``index`` of reflectance arrays (role -> array, 0-1); NaN where it is undefined."""
    if index is SpectralIndex.ALBEDO:
        weighted = (np.float32(weight) * reflectance[role] for role, weight in ALBEDO_WEIGHTS.items())
        return sum(weighted) + np.float32(ALBEDO_OFFSET)
    a, b = (reflectance[role] for role in NORMALISED_DIFFERENCES[index])
    with np.errstate(invalid="ignore", divide="ignore"):
        values = (a - b) / (a + b)
    values[~np.isfinite(values)] = np.nan
    return np.clip(values, -1, 1)

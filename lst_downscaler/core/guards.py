"""Checks of the inputs that every algorithm shares: physical ranges, fill values, overlap.

The readers call these on values already in physical units (NaN for nodata). A check
either cleans the values (a few impossible pixels become NaN, with a
:class:`InputWarning` that counts them, which the Processing adapters show to the
user) or raises :class:`DownscalingError` naming the problem and the fix. One broken
pixel must not decide a heat map, and a layer in the wrong unit must not run at all.
"""

import os
import warnings

import numpy as np

from .errors import DownscalingError

# A scene's median land surface temperature, with room for deserts and polar nights.
KELVIN_RANGE = (150.0, 400.0)
# A single pixel's, with room for fires and lava (a real MODIS pixel of the test set is at 402 K).
PIXEL_KELVIN_RANGE = (150.0, 500.0)
# Out-of-range pixels are dropped with a warning up to this share of the valid pixels.
MAX_OUTLIER_SHARE = 0.01
# Valid pixels, at most, whose median decides whether an LST layer is in kelvin: those of every
# k-th row of a larger layer, so that a sanity check does not copy a scene's worth of values.
MEDIAN_SAMPLES = 1 << 20
# Pixels checked at once: the temporaries of a check of a layer in memory are a chunk's.
CHECK_PIXELS = 1 << 20
NDVI_RANGE = (-1.0, 1.0)
REFLECTANCE_RANGE = (-0.2, 1.6)
# Allowance for rounding in stored values before they count as out of range.
TOLERANCE = 1e-3
# Fill values that products write without always tagging them as nodata.
KNOWN_FILLS = (-32768.0, -32767.0, -9999.0, -3000.0, 32767.0, 65535.0, -3.4028235e38)
# Scaled-integer encodings of LST: (description, scale, offset) that would bring the median into range.
LST_ENCODINGS = (
    ("kelvin x 10 (ASTER AST_08)", 0.1, 0.0),
    ("kelvin x 50 (MODIS MOD11/MYD11)", 0.02, 0.0),
    ("kelvin x 100", 0.01, 0.0),
    ("Landsat Collection 2 ST_B10/ST_B6 digital numbers", 0.00341802, 149.0),
)
# Minimum overlap: coarse LST pixels with valid values inside the output grid, per axis.
MIN_OVERLAP = 2
RASTER_EXTENSIONS = (".tif", ".tiff")


class InputWarning(UserWarning):
    """An input was usable after cleaning; the message says what was dropped and why."""


def valid_kelvin(lst, name, in_place=False):
    """``lst`` with impossible temperatures set to NaN; the number of pixels dropped.

    Untagged fill (a value repeated at the layer's minimum or maximum, outside the
    pixel range: 0, -9999...) becomes nodata. A layer whose median (of at most
    :data:`MEDIAN_SAMPLES` pixels) is not a land temperature in kelvin is refused with
    the scale/offset that would fix it; the remaining pixels outside 150-500 K are
    dropped when they are at most 1 % of the valid ones, and refused otherwise.
    ``in_place``: clean ``lst`` itself, a float array of the caller's own, not a copy.
    """
    dtype = np.float32 if lst.dtype != np.float64 else np.float64
    lst = np.asarray(lst, dtype=dtype) if in_place else np.array(lst, dtype=dtype)
    check = KelvinCheck(name, int(np.count_nonzero(np.isfinite(lst))))
    rows = max(1, CHECK_PIXELS // (lst.shape[1] if lst.ndim > 1 else 1))  # the check's temporaries: a chunk's
    for row in range(0, lst.shape[0], rows):
        check.observe(lst[row:row + rows], row)
    check.decide()
    for row in range(0, lst.shape[0], rows):
        check.clean(lst[row:row + rows])
    return lst, check.dropped


class KelvinCheck:
    """:func:`valid_kelvin` for a layer read by strips, which need not be in memory at once:
    :meth:`observe` each strip, :meth:`decide` once (it warns or refuses as valid_kelvin
    does), then :meth:`clean` each strip. ``pixels``: about how many pixels will be observed
    (it sets the rows the median samples)."""

    def __init__(self, name, pixels):
        self.name = name
        self.step = max(1, -(-pixels // MEDIAN_SAMPLES))  # every k-th row goes to the median
        self.count = self.outside = 0
        self.lowest = [np.inf, 0, np.inf]    # the least value, its count, the next one
        self.highest = [-np.inf, 0, -np.inf]  # the greatest value, its count, the next one
        self.samples, self.spare = [], []  # the sampled rows' values; every k-th value, should those be none
        self.fills, self.dropped, self.drop_outside = (), 0, False

    def observe(self, strip, row=0):
        """Count the valid pixels of ``strip`` (rows ``row...`` of the layer; 1-D: its pixels)."""
        valid = np.isfinite(strip)
        count = int(np.count_nonzero(valid))
        if not count:
            return
        self.count += count
        low, high = PIXEL_KELVIN_RANGE
        self.outside += int(np.count_nonzero(valid & ((strip < low) | (strip > high))))
        for extremes, reduce, sign in ((self.lowest, np.min, 1), (self.highest, np.max, -1)):
            extreme = _extreme(reduce, strip, valid)
            beyond = valid & (sign * strip > sign * extreme)  # the values after the strip's extreme
            following = _extreme(reduce, strip, beyond) if beyond.any() else sign * np.inf
            _merge_extremes(extremes, extreme, int(np.count_nonzero(valid & (strip == extreme))), following, sign)
        first = -row % self.step
        self.samples.append(strip[first::self.step][valid[first::self.step]])
        if not any(sample.size for sample in self.samples):
            self.spare.append(strip[valid][::self.step])

    def decide(self):
        """Refuse the layer, or settle what :meth:`clean` drops (with its warnings)."""
        name, (low, high) = self.name, PIXEL_KELVIN_RANGE
        if not self.count:
            raise DownscalingError(
                f"The LST layer {name} has no valid pixel over the area used: it is all nodata there "
                "(clouds, fill, or a wrong nodata value). Choose another date or area.")
        fills = []
        for extreme, count in {self.lowest[0]: self.lowest[1], self.highest[0]: self.highest[1]}.items():
            if low - TOLERANCE <= extreme <= high + TOLERANCE or not (count >= 2 or extreme in KNOWN_FILLS):
                continue
            fills.append((extreme, count))
            warnings.warn(InputWarning(
                f"{count} pixels of the LST layer {name} hold {extreme:.6g}, a fill value without a "
                "nodata tag: they were treated as nodata. Set the layer's nodata value to silence this."),
                stacklevel=3)
        self.fills = tuple(value for value, _ in fills)
        fill_count = sum(count for _, count in fills)
        count = self.count - fill_count
        if not count:
            raise DownscalingError(
                f"The LST layer {name} holds only fill values over the area used: set its nodata value, or "
                "choose another date or area.")
        sample = np.concatenate(self.samples)
        if not sample.size:  # the sampled rows are all nodata
            sample = np.concatenate(self.spare)
        self.samples = self.spare = None
        sample = sample[~np.isin(sample, self.fills)]
        median = float(np.median(sample, overwrite_input=True))
        if not KELVIN_RANGE[0] <= median <= KELVIN_RANGE[1]:
            raise DownscalingError(
                f"The LST layer {name} has a median of {median:.4g}, which is not a land surface "
                f"temperature in kelvin ({KELVIN_RANGE[0]:.0f}-{KELVIN_RANGE[1]:.0f} K): {_unit_hint(median)}.")
        outside_count = self.outside - fill_count  # the fill values are all outside
        if outside_count > MAX_OUTLIER_SHARE * count:
            least = self.lowest[2] if self.lowest[0] in self.fills else self.lowest[0]
            greatest = self.highest[2] if self.highest[0] in self.fills else self.highest[0]
            raise DownscalingError(
                f"{outside_count} pixels of the LST layer {name} ({100 * outside_count / count:.1f} %) are "
                f"outside {low:.0f}-{high:.0f} K (from {least:.4g} to {greatest:.4g}): the layer mixes "
                "units or holds untagged fill values. Set its nodata value and its scale/offset, or mask "
                "those pixels first.")
        if outside_count:
            warnings.warn(InputWarning(
                f"{outside_count} pixels of the LST layer {name} were outside {low:.0f}-{high:.0f} K and were "
                "treated as nodata."), stacklevel=3)
        self.drop_outside = outside_count > 0
        self.dropped = fill_count + outside_count

    def clean(self, strip):
        """``strip`` itself, its fill values and (when decided) out-of-range pixels set to NaN."""
        if self.fills:
            strip[np.isin(strip, self.fills)] = np.nan
        if self.drop_outside:
            low, high = PIXEL_KELVIN_RANGE
            strip[(strip < low) | (strip > high)] = np.nan
        return strip


def _merge_extremes(extremes, value, count, following, sign):
    """Merge a strip's extreme ``value`` (``count`` pixels) and the value that follows it into
    ``extremes`` [extreme, its count, the value that follows] (``sign``: 1 least, -1 greatest)."""
    extreme, _, next_value = extremes
    if value == extreme:
        extremes[1] += count
        extremes[2] = following if sign * following < sign * next_value else next_value
    elif sign * value < sign * extreme:
        extremes[:] = [value, count, extreme if sign * extreme < sign * following else following]
    elif sign * value < sign * next_value:
        extremes[2] = value


def _extreme(reduce, values, valid):
    """``reduce`` (np.min or np.max) of the ``valid`` values, without copying them out."""
    return float(reduce(values, where=valid, initial=np.inf if reduce is np.min else -np.inf))


def _unit_hint(median):
    if -90 <= median <= 80:
        return "it looks like degrees Celsius: set the LST offset to 273.15"
    encodings = [f"{label}: scale {scale:g}" + (f", offset {offset:g}" if offset else "")
                 for label, scale, offset in LST_ENCODINGS
                 if KELVIN_RANGE[0] <= median * scale + offset <= KELVIN_RANGE[1]]
    if encodings:
        return ("it looks like raw digital numbers (scaled integers): set the LST scale and offset of "
                "the product, e.g. "
                + "; or ".join(encodings))
    return "check the LST scale and offset"


def check_overlap(coarse_lst, name):
    """Refuse fewer than 2 x 2 coarse LST pixels with valid values inside the output grid."""
    valid = np.isfinite(coarse_lst)
    rows, cols = np.count_nonzero(valid.any(axis=1)), np.count_nonzero(valid.any(axis=0))
    if rows < MIN_OVERLAP or cols < MIN_OVERLAP:
        raise DownscalingError(
            f"The LST layer {name} has valid values in only {rows} x {cols} of its pixels over the output "
            f"grid: downscaling needs at least {MIN_OVERLAP} x {MIN_OVERLAP}. Choose an auxiliary layer "
            "that covers more of the LST layer, or an LST layer with fewer gaps there.")


def valid_vegetation(values, name, kind="NDVI"):
    """NDVI (``kind="NDVI"``, [-1, 1]) or reflectance (``"reflectance"``, about [-0.2, 1.6]) with
    known fill values set to NaN (with a warning); refuses other out-of-range values, naming
    the x10000 fix. Called on each strip, so the warning names the value, not a count."""
    low, high = NDVI_RANGE if kind == "NDVI" else REFLECTANCE_RANGE
    if values.size == 0 or (np.fmin.reduce(values, axis=None) >= low - TOLERANCE
                            and np.fmax.reduce(values, axis=None) <= high + TOLERANCE):
        return values  # NaN aside, all in range: two reductions, no temporary
    outside = (values < low - TOLERANCE) | (values > high + TOLERANCE)
    if not outside.any():
        return values
    fill = outside & np.isin(values, KNOWN_FILLS)
    if fill.any():
        found = ", ".join(f"{value:.6g}" for value in np.unique(values[fill]))
        warnings.warn(InputWarning(
            f"The {kind} layer {name} holds {found}, a fill value without a nodata tag: those pixels were "
            "treated as nodata. Set the layer's nodata value to silence this."), stacklevel=2)
        values = np.where(fill, np.nan, values)
        outside &= ~fill
        if not outside.any():
            return values
    finite = values[np.isfinite(values)]
    smallest, largest = float(np.min(finite)), float(np.max(finite))
    if max(abs(smallest), abs(largest)) > 100:
        scale = ("0.0001" if kind == "NDVI"
                 else "0.0001 for MODIS MOD09, 2.75e-05 with offset -0.2 for Landsat Collection 2")
        raise DownscalingError(
            f"The {kind} layer {name} holds values from {smallest:.6g} to {largest:.6g}, outside "
            f"[{low:g}, {high:g}]: it looks like {kind} stored as scaled integers (x 10000 as in MODIS "
            "products). Give it in physical units: "
            f"set the scale ({scale}) in the file's metadata (gdal_edit.py -scale), or rescale it with "
            "the Raster calculator, or prepare the scene with this plugin's preparation algorithms.")
    raise DownscalingError(
        f"The {kind} layer {name} holds values from {smallest:.4g} to {largest:.4g}, outside "
        f"[{low:g}, {high:g}]: check that the layer is {kind}, and its scale, offset and nodata value.")


def check_outputs(outputs, inputs, scene_folders=(), rasters=()):
    """Refuse output paths that would destroy an input or cannot be written, before any work.

    ``outputs`` maps an output's label to its path, ``inputs`` lists the files read,
    ``scene_folders`` the folders whose files are read by name (a Landsat scene),
    ``rasters`` the labels of outputs written as GeoTIFF.
    """
    read = {os.path.realpath(path): path for path in inputs}
    folders = [os.path.realpath(folder) for folder in scene_folders]
    seen = {}
    for label, path in outputs.items():
        real = os.path.realpath(path)
        if real in read:
            raise DownscalingError(
                f"The output '{label}' ({path}) is the input {read[real]}: it would be overwritten. "
                "Choose another file name.")
        if any(os.path.commonpath([real, folder]) == folder for folder in folders):
            raise DownscalingError(
                f"The output '{label}' ({path}) is inside the scene folder that is read: write it to "
                "another folder, so that the scene stays as delivered.")
        if real in seen:
            raise DownscalingError(
                f"The outputs '{seen[real]}' and '{label}' are the same file ({path}): give each its own name.")
        seen[real] = label
        if os.path.isdir(real):
            raise DownscalingError(
                f"The output '{label}' ({path}) is a folder: give a file name inside it.")
        extension = os.path.splitext(path)[1]
        if label in rasters and extension.lower() not in RASTER_EXTENSIONS:
            raise DownscalingError(
                f"The output '{label}' ({path}) ends in '{extension}', but this algorithm writes GeoTIFF "
                "only: name it .tif (convert it afterwards with Raster > Conversion > Translate).")
        _check_writable_folder(label, os.path.dirname(real))


def _check_writable_folder(label, folder):
    """The nearest existing folder of ``folder`` must be a writable folder (missing ones are created)."""
    existing = folder
    while not os.path.exists(existing):
        existing = os.path.dirname(existing)
    if not os.path.isdir(existing):
        raise DownscalingError(
            f"The output '{label}' cannot be written in {folder}: {existing} is a file, not a folder.")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise DownscalingError(
            f"The output '{label}' cannot be written in {folder}: the folder {existing} is read-only "
            "for you. Choose a folder where you can write.")

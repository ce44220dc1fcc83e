"""Heat hot spots: the pixels of an LST raster above a percentile or a threshold, by strips.

The mask is 1 where the LST is strictly above the threshold, 0 elsewhere and nodata where
the LST is nodata. The threshold is in the unit of the LST band (K or °C, from its
metadata); a percentile is computed exactly over all valid pixels (linear interpolation,
as numpy's default).
"""

from dataclasses import dataclass

import numpy as np

from ..errors import DownscalingError
from ..io.raster import GeoTiffWriter, GridReader, reported, strip_rows

MASK_DESCRIPTION = "Hot spot (1: above the threshold, 0: not)"


@dataclass(frozen=True)
class HotSpots:
    """The threshold used, in ``unit``, and how many valid pixels lie above it."""

    threshold: float
    unit: str
    hot_pixels: int
    valid_pixels: int

    @property
    def hot_share(self):
        return self.hot_pixels / self.valid_pixels


def band_unit(source):
    """The unit of a band from its metadata ("K", "°C"...), or "" when it has none."""
    with source.open() as dataset:
        return dataset.units[source.band - 1] or dataset.tags(source.band).get("UNITS", "")


def write_hot_spots(source, out_path, percentile=90.0, threshold=None, progress=None, is_canceled=None):
    """The hot spot mask of ``source`` (a BandSource) as a GeoTIFF on its grid.

    ``threshold`` (in the band's unit) wins over ``percentile`` when given. Returns HotSpots.
    """
    if threshold is None and not 0 < percentile < 100:
        raise DownscalingError(f"The percentile must lie between 0 and 100 (exclusive), not {percentile}.")
    grid = source.grid()
    strips = strip_rows(grid, 1)
    writing_starts = 0 if threshold is not None else 50  # percent; the percentile pass comes first

    with GridReader(source, grid) as reader:
        if threshold is None:
            threshold = _percentile(source, reader, reported(strips, progress, is_canceled, 0, 50),
                                    percentile)
        hot = total = 0
        with GeoTiffWriter(out_path, grid, MASK_DESCRIPTION, "", tags={"THRESHOLD": repr(threshold)}) as writer:
            for row, height in reported(strips, progress, is_canceled, writing_starts, 100):
                values = reader.read(row, height).astype(np.float64)
                valid_mask = np.isfinite(values)
                above = np.greater(values, threshold, where=valid_mask, out=np.zeros(values.shape, bool))
                writer.write(np.where(valid_mask, above.astype(np.float32), np.nan), row)
                hot += int(np.count_nonzero(above))
                total += int(np.count_nonzero(valid_mask))
            if total == 0:
                raise _all_nodata(source)
    return HotSpots(threshold, band_unit(source), hot, total)


def _percentile(source, reader, strips, percentile):
    """The percentile of the valid pixels, as np.percentile's default (linear) computes it.

    Memory: the valid values once, as float32 (4 bytes a pixel).
    """
    values = np.empty(reader.grid.width * reader.grid.height, np.float32)
    count = 0
    for row, height in strips:
        strip = reader.read(row, height)
        strip = strip[np.isfinite(strip)]
        values[count:count + strip.size] = strip
        count += strip.size
    if count == 0:
        raise _all_nodata(source)
    position = percentile / 100 * (count - 1)
    low, high = int(np.floor(position)), int(np.ceil(position))
    values = values[:count]
    values.partition((low, high))
    below, above = float(values[low]), float(values[high])
    return below + (above - below) * (position - low)


def _all_nodata(source):
    return DownscalingError(f"The LST layer {source.path} has no valid pixel: it is all nodata.")

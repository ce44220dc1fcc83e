"""Heat hot spots: the pixels of an LST raster above a percentile or a threshold, by strips.

The mask is 1 where the LST is strictly above the threshold, 0 elsewhere and nodata where
the LST is nodata. The threshold is in the unit of the LST band (K or °C, from its
metadata); a percentile is computed exactly over all valid pixels (linear interpolation,
as numpy's default), by two histogram passes over the strips: memory does not grow with the
raster.
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
    """The percentile of the valid pixels, as np.percentile's default (linear) computes it on them.

    A selection by radix on the float32 values' bits, read as unsigned keys in the values' order:
    a first pass counts the keys by their high 16 bits, which finds the bins of the two ranks
    that the interpolation needs; a second counts the low 16 bits of the keys in those bins,
    which gives the two values exactly. Memory: a few histograms of 2^16 counts.
    """
    strips = list(strips)
    high_counts = np.zeros(1 << 16, np.int64)
    for row, height in strips:
        high_counts += np.bincount(_keys(reader, row, height) >> 16, minlength=1 << 16)
    count = int(high_counts.sum())
    if count == 0:
        raise _all_nodata(source)
    position = percentile / 100 * (count - 1)
    ranks = int(np.floor(position)), int(np.ceil(position))
    before = np.cumsum(high_counts) - high_counts  # keys in the bins below each bin
    bins = [int(np.searchsorted(before + high_counts, rank, side="right")) for rank in ranks]
    low_counts = {high: np.zeros(1 << 16, np.int64) for high in bins}
    for row, height in strips:
        keys = _keys(reader, row, height)
        for high, counts in low_counts.items():
            counts += np.bincount(keys[keys >> 16 == high] & 0xFFFF, minlength=1 << 16)
    below, above = (_value(high << 16 | int(np.searchsorted(np.cumsum(low_counts[high]), rank - before[high],
                                                            side="right")))
                    for high, rank in zip(bins, ranks))
    return below + (above - below) * (position - ranks[0])


def _keys(reader, row, height):
    """Unsigned 32-bit keys of the valid float32 values of a strip, in the values' order (the sign
    bit flipped for positive values, every bit for negative ones)."""
    values = reader.read(row, height).astype(np.float32, copy=False)
    bits = values[np.isfinite(values)].view(np.uint32)
    return np.where(bits >> 31 == 1, ~bits, bits | np.uint32(1 << 31))


def _value(key):
    """The float32 value (as a float) of a key of :func:`_keys`."""
    bits = key & 0x7FFFFFFF if key >> 31 else ~key & 0xFFFFFFFF
    return float(np.array(bits, np.uint32).view(np.float32))


def _all_nodata(source):
    return DownscalingError(f"The LST layer {source.path} has no valid pixel: it is all nodata.")

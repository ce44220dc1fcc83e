"""Raster reading and writing with rasterio, by windows, with nodata kept as NaN.

Every array handed to the methods is float32 with NaN where the input had nodata,
already scaled to physical units (kelvin, reflectance, NDVI).
"""

import os
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import rasterio
from rasterio._err import CPLE_BaseError
from rasterio.enums import Resampling
from rasterio.env import get_gdal_config, set_gdal_config
from rasterio.vrt import WarpedVRT
from rasterio.warp import reproject
from rasterio.windows import Window

from ..errors import Canceled, DownscalingError
from .grid import grid_of

OUTPUT_NODATA = -9999.0
WRITE_CACHE_BYTES = 16 << 20  # the least room a writer reserves in GDAL's block cache (see GeoTiffWriter)
READ_BLOCK_ROWS = 3  # rows of blocks a reader reserves in GDAL's block cache (see GridReader)
#: What rasterio raises when GDAL fails to read or write a file.
GDAL_ERRORS = (rasterio.errors.RasterioError, CPLE_BaseError)


@dataclass(frozen=True)
class BandSource:
    """One band of a raster file, with optional overrides of its metadata.

    ``scale``/``offset`` default to the band's GDAL scale/offset (1 and 0 when unset);
    ``nodata`` to the band's nodata value; ``crs`` is used when the file has no CRS.
    """

    path: str
    band: int = 1
    scale: float = None
    offset: float = None
    nodata: float = None
    crs: str = None

    @contextmanager
    def open(self):
        try:
            dataset = rasterio.open(self.path)
        except rasterio.errors.RasterioIOError as error:
            raise DownscalingError(f"Cannot open {self.path} as a raster: {error}") from error
        with dataset:
            if not 1 <= self.band <= dataset.count:
                raise DownscalingError(
                    f"{self.path} has {dataset.count} band(s); band {self.band} does not exist.")
            yield dataset

    def grid(self):
        with self.open() as dataset:
            return grid_of(dataset, self.crs)

    def calibration(self, dataset):
        """(scale, offset, nodata) in force for this band."""
        index = self.band - 1
        scale = self.scale if self.scale is not None else dataset.scales[index]
        offset = self.offset if self.offset is not None else dataset.offsets[index]
        nodata = self.nodata if self.nodata is not None else dataset.nodatavals[index]
        return scale, offset, nodata


def to_physical(raw, scale, offset, nodata):
    """Raw band values to float32 physical values with NaN for nodata (in place when ``raw``
    is float32: pass an array of your own)."""
    values = raw.astype(np.float32, copy=False)  # a float32 read is used in place
    invalid = raw == nodata if nodata is not None and not np.isnan(nodata) else None
    if scale != 1 or offset != 0:
        values *= np.float32(scale)
        values += np.float32(offset)
    if invalid is not None:
        np.copyto(values, np.float32(np.nan), where=invalid)
    np.copyto(values, np.float32(np.nan), where=np.isinf(values))
    return values


def _aligned_window(dataset_grid, grid):
    """The window of the dataset that is exactly ``grid``, or None when resampling is needed."""
    if dataset_grid.crs != grid.crs:
        return None
    (ax, ay), (bx, by) = dataset_grid.res, grid.res
    if abs(ax - bx) > 1e-9 * ax or abs(ay - by) > 1e-9 * ay:
        return None
    col, row = ~dataset_grid.transform * (grid.transform.c, grid.transform.f)
    if abs(col - round(col)) > 1e-6 or abs(row - round(row)) > 1e-6:
        return None
    return Window(round(col), round(row), grid.width, grid.height)


def read_on_grid(source, grid, resampling=Resampling.bilinear, clean=None):
    """The whole band warped onto ``grid`` (meant for coarse grids, which fit in memory).

    ``clean`` (physical values -> physical values) is applied before any resampling, so
    that the pixels it drops (fill, impossible values) do not leak into their neighbours.
    """
    clean = clean or (lambda values: values)
    with source.open() as dataset:
        scale, offset, nodata = source.calibration(dataset)
        dataset_grid = grid_of(dataset, source.crs)
        window = _aligned_window(dataset_grid, grid)
        raw = read_band(dataset, source.band, **_read_options(dataset, window, nodata))
        size = dataset.width, dataset.height
    # converted once the dataset is closed: GDAL's cache no longer holds its blocks beside the values
    if window is not None and nodata is None:
        raw = raw.astype(np.float32, copy=False)
        _mark_outside(raw, window, *size)
    values = clean(to_physical(raw, scale, offset, nodata))
    if window is not None:
        return values
    warped = np.full(grid.shape, np.nan, dtype=np.float32)
    reproject(values, warped, src_transform=dataset_grid.transform, src_crs=dataset_grid.crs,
              src_nodata=np.nan, dst_transform=grid.transform, dst_crs=grid.crs,
              dst_nodata=np.nan, resampling=resampling)
    return warped


def _read_options(dataset, window, nodata):
    """``dataset.read`` options for ``window`` (None: the whole band). A window that reaches out of
    the dataset is read boundless (through a warped VRT, several times slower, with its own
    buffers: only where needed), filled with nodata, or 0 without one (see :func:`_mark_outside`)."""
    if window is None:
        return {}
    if (window.col_off >= 0 and window.row_off >= 0 and window.col_off + window.width <= dataset.width
            and window.row_off + window.height <= dataset.height):
        return {"window": window}
    return {"window": window, "boundless": True, "fill_value": nodata if nodata is not None else 0}


def read_band(dataset, band, name=None, **kwargs):
    """``dataset.read(band, ...)``, with a damaged file reported by name (``name``, else the
    dataset's) instead of a GDAL error."""
    try:
        return dataset.read(band, **kwargs)
    except (rasterio.errors.RasterioIOError, rasterio.errors.RasterioError, CPLE_BaseError) as error:
        raise unreadable(name or dataset.name, error) from error


def unreadable(path, error):
    """The DownscalingError for a file whose pixels GDAL cannot read."""
    return DownscalingError(
        f"Cannot read the pixels of {path}: truncated or corrupt GeoTIFF ({error}). Copy or download "
        "the file again.")


def _mark_outside(raw, window, width, height):
    """Set the part of a boundless read that lies outside the dataset to NaN."""
    rows = np.arange(window.row_off, window.row_off + raw.shape[0])
    cols = np.arange(window.col_off, window.col_off + raw.shape[1])
    raw[(rows < 0) | (rows >= height), :] = np.nan
    raw[:, (cols < 0) | (cols >= width)] = np.nan


_CACHE_LOCK = threading.Lock()
_CACHE_RESERVATIONS = []
_CACHE_BEFORE = []


@contextmanager
def reserved_block_cache(nbytes):
    """Room for ``nbytes`` in GDAL's block cache while the ``with`` block runs.

    GDAL has one block cache per process, 5 % of the RAM by default, and keeps there the
    blocks that open datasets read or write until it is full: a reader kept open over a pass
    would keep the whole layer. While reservations are active, the cache is bounded to their
    sum (the readers and writers of the runs in progress, whatever their threads); its size
    from before comes back when the last one ends.
    """
    with _CACHE_LOCK:
        if not _CACHE_RESERVATIONS:
            _CACHE_BEFORE[:] = [get_gdal_config("GDAL_CACHEMAX")]
        _CACHE_RESERVATIONS.append(int(nbytes))
        set_gdal_config("GDAL_CACHEMAX", sum(_CACHE_RESERVATIONS))
    try:
        yield
    finally:
        with _CACHE_LOCK:
            _CACHE_RESERVATIONS.remove(int(nbytes))
            set_gdal_config("GDAL_CACHEMAX", sum(_CACHE_RESERVATIONS) or _CACHE_BEFORE[0])


class GridReader:
    """Reads strips of one band on a target grid, resampling on the fly when needed.

    Several threads may share one reader: its GDAL reads take turns (a dataset serves one
    thread at a time), the conversions run side by side. While open, it reserves room for
    :data:`READ_BLOCK_ROWS` rows of the file's blocks in GDAL's block cache, so that a block
    that straddles two strips is read once, and memory stays bounded by a few strips and
    rows of blocks whatever the size of the file.
    """

    def __init__(self, source, grid, resampling=Resampling.average, tolerance=0.125):
        self.source = source
        self.grid = grid
        self._dataset = None
        self._resampling = resampling
        self._tolerance = tolerance  # of the approximated transformation, in pixels (GDAL's default)
        self._lock = threading.Lock()

    def __enter__(self):
        self._context = self.source.open()
        dataset = self._context.__enter__()
        try:
            return self._prepare(dataset)
        except BaseException:
            self._context.__exit__(None, None, None)
            raise

    def _prepare(self, dataset):
        self._scale, self._offset, self._nodata = self.source.calibration(dataset)
        dataset_grid = grid_of(dataset, self.source.crs)
        self._window = _aligned_window(dataset_grid, self.grid)
        if self._window is None:
            self._dataset = WarpedVRT(
                dataset, src_crs=dataset_grid.crs, src_transform=dataset_grid.transform,
                crs=self.grid.crs, transform=self.grid.transform, width=self.grid.width,
                height=self.grid.height, resampling=self._resampling, src_nodata=self._nodata,
                nodata=np.nan, dtype="float32", tolerance=self._tolerance)
            self._nodata = None
        else:
            self._dataset = dataset
        index = self.source.band - 1
        self._cache = reserved_block_cache(sum(
            READ_BLOCK_ROWS * read.block_shapes[index][0] * read.width * np.dtype(read.dtypes[index]).itemsize
            for read in {dataset, self._dataset}))  # and the warped VRT's own blocks
        self._cache.__enter__()
        return self

    def __exit__(self, *exc):
        try:
            if self._window is None:
                self._dataset.close()
        finally:
            self._cache.__exit__(None, None, None)
        return self._context.__exit__(*exc)

    def read(self, row_off, height):
        """Rows ``row_off`` to ``row_off + height`` of the target grid, in physical units."""
        if self._window is None:
            with self._lock:
                raw = read_band(self._dataset, self.source.band, self.source.path,
                                window=Window(0, row_off, self.grid.width, height))
        else:
            window = Window(self._window.col_off, self._window.row_off + row_off, self.grid.width, height)
            with self._lock:
                raw = read_band(self._dataset, self.source.band, self.source.path,
                                **_read_options(self._dataset, window, self._nodata))
            if self._nodata is None:
                raw = raw.astype(np.float32, copy=False)
                _mark_outside(raw, window, self._dataset.width, self._dataset.height)
        return to_physical(raw, self._scale, self._offset, self._nodata)


class GeoTiffWriter:
    """Writes a Float32 GeoTIFF by strips, atomically, compressed by all cores (GDAL's threads).

    ``description`` names the single band, or is a list naming each band of a multiband
    file. Data go to a temporary file beside the destination, renamed over it only when
    the ``with`` block ends without an exception; otherwise the temporary file is deleted,
    so a failed or canceled run leaves nothing half-written.
    """

    def __init__(self, path, grid, description, units, tags=None):
        self.path = os.fspath(path)
        self.grid = grid
        self.descriptions = [description] if isinstance(description, str) else list(description)
        self.units = units
        self.tags = tags or {}
        directory = os.path.dirname(os.path.abspath(self.path))
        self._temporary = os.path.join(directory, f".{os.path.basename(self.path)}.{uuid.uuid4().hex}.partial.tif")

    def __enter__(self):
        count = len(self.descriptions)
        # GDAL holds written blocks in its cache and compresses them only when they leave it:
        # room for two rows of tiles (the one being filled, the one before) keeps the memory
        # flat, same speed and same file as with more.
        tile_row_bytes = self.grid.width * 256 * 4 * count
        self._cache = reserved_block_cache(max(WRITE_CACHE_BYTES, 2 * tile_row_bytes))
        self._cache.__enter__()
        try:
            os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
            self._dataset = rasterio.open(
                self._temporary, "w", driver="GTiff", width=self.grid.width, height=self.grid.height,
                count=count, dtype="float32", crs=self.grid.crs, transform=self.grid.transform,
                nodata=OUTPUT_NODATA, compress="deflate", predictor=3, tiled=True,
                blockxsize=256, blockysize=256, interleave="band", bigtiff="IF_SAFER", num_threads="ALL_CPUS")
        except (OSError, rasterio.errors.RasterioError, CPLE_BaseError) as error:
            self._cache.__exit__(None, None, None)
            raise unwritable(self.path, error) from error
        for band, description in enumerate(self.descriptions, start=1):
            self._dataset.set_band_description(band, description)
            self._dataset.update_tags(band, UNITS=self.units)
        self._dataset.units = (self.units,) * count
        self._dataset.update_tags(**self.tags)
        return self

    def write(self, strip, row_off):
        """Rows from ``row_off``: a 2-D strip of the single band, or (bands, rows, cols)."""
        values = np.where(np.isfinite(strip), strip, OUTPUT_NODATA).astype(np.float32, copy=False)
        indexes = 1 if values.ndim == 2 else None
        self._dataset.write(values, indexes, window=Window(0, row_off, self.grid.width, values.shape[-2]))

    def __exit__(self, exc_type, exc, traceback):
        try:
            self._dataset.close()
        finally:
            self._cache.__exit__(None, None, None)
        if exc_type is None:
            try:
                os.replace(self._temporary, self.path)
                return False
            except OSError as error:
                _remove(self._temporary)
                raise unwritable(self.path, error) from error
        _remove(self._temporary)
        return False


class WriteBehind:
    """Hands a writer's strips to a thread of its own, one strip behind the caller, so that the
    output's compression runs while the caller computes the next strip (the deep models, whose
    network runs in the caller's thread). An error of a write surfaces at the next ``write`` or
    at the end of the ``with`` block, which waits for the last write."""

    def __init__(self, writer):
        self._writer = writer
        self._thread = ThreadPoolExecutor(1)
        self._pending = None

    def write(self, strip, row_off):
        self._wait()
        self._pending = self._thread.submit(self._writer.write, strip, row_off)

    def _wait(self):
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        try:
            self._wait()
        finally:
            self._thread.shutdown()


def unwritable(path, error):
    """The DownscalingError for an output that cannot be created."""
    return DownscalingError(
        f"Cannot write {path} ({error}): choose a file name ending .tif in a folder where you can write.")


def _remove(path):
    """Delete a temporary GeoTIFF and its sidecar, if present."""
    for leftover in (path, path + ".aux.xml"):
        if os.path.exists(leftover):
            os.remove(leftover)


@contextmanager
def staged(paths):
    """Temporary paths beside ``paths`` (None entries stay None), moved over them only when
    the ``with`` block ends without an exception: an algorithm with several outputs leaves
    all of them or none."""
    temporaries = [None if path is None else os.path.join(
        os.path.dirname(os.path.abspath(path)), f".{os.path.basename(path)}.{uuid.uuid4().hex}.staged.tif")
        for path in paths]
    try:
        yield temporaries
        for temporary, path in zip(temporaries, paths):
            if temporary is not None:
                try:
                    os.replace(temporary, path)
                except OSError as error:
                    raise unwritable(path, error) from error
    finally:
        for temporary in temporaries:
            if temporary is not None:
                _remove(temporary)


def strip_rows(grid, factor, target_pixels=1 << 22):
    """Row offsets and heights of strips of about ``target_pixels``, aligned on ``factor``."""
    height = max(factor, (target_pixels // max(grid.width, 1)) // factor * factor)
    return [(row, min(height, grid.height - row)) for row in range(0, grid.height, height)]


def scaled_progress(progress, start, end):
    """``progress`` for a part that reports 0-100 % of its own, mapped onto ``start``-``end`` (None: None)."""
    if progress is None:
        return None
    return lambda percent: progress(start + (end - start) * percent / 100)


def reported(strips, progress=None, is_canceled=None, start=0.0, end=100.0):
    """The strips one by one, raising Canceled when asked and reporting progress from
    ``start`` to ``end`` percent."""
    for index, strip in enumerate(strips):
        if is_canceled and is_canceled():
            raise Canceled()
        if progress:
            progress(start + (end - start) * index / len(strips))
        yield strip

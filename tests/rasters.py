"""Reading outputs and deriving broken inputs from real rasters, for the tests."""

import numpy as np
import rasterio


def read(path):
    """(values with NaN for nodata, profile) of band 1."""
    with rasterio.open(path) as dataset:
        return dataset.read(1, masked=True).astype(np.float64).filled(np.nan), dataset.profile


def write(path, values, transform, crs):
    """A Float32 GeoTIFF of ``values`` (NaN -> nodata -9999); returns its path as a string."""
    with rasterio.open(path, "w", driver="GTiff", width=values.shape[1], height=values.shape[0], count=1,
                       dtype="float32", crs=crs, transform=transform, nodata=-9999.0) as out:
        out.write(np.where(np.isfinite(values), values, -9999.0).astype(np.float32), 1)
    return str(path)


def derive(source, destination, transform_values=None, drop_crs=False, dtype=None, nodata=None):
    """Copy ``source`` to ``destination`` with its values, type, nodata or CRS changed."""
    with rasterio.open(source) as dataset:
        values = dataset.read(1)
        profile = dataset.profile
    if transform_values is not None:
        values = transform_values(values)
    if dtype:
        profile.update(dtype=dtype)
    if nodata is not None:
        profile.update(nodata=nodata)
    if drop_crs:
        profile.update(crs=None)
    with rasterio.open(destination, "w", **profile) as dataset:
        dataset.write(values.astype(profile["dtype"]), 1)
    return str(destination)


def block_mean(values, factor):
    rows, cols = values.shape[0] // factor, values.shape[1] // factor
    blocks = values[:rows * factor, :cols * factor].reshape(rows, factor, cols, factor)
    return blocks.mean(axis=(1, 3))


def crop_rows(source, destination, row_off, height):
    """Copy rows ``row_off...`` of ``source``, georeferenced where they are."""
    from rasterio.windows import Window
    with rasterio.open(source) as dataset:
        window = Window(0, row_off, dataset.width, height)
        values = dataset.read(1, window=window)
        profile = dataset.profile
        profile.update(height=height, transform=dataset.window_transform(window))
    with rasterio.open(destination, "w", **profile) as dataset:
        dataset.write(values, 1)
    return str(destination)


def warp_to(source, destination, crs, resolution):
    """``source`` warped (bilinear) to ``crs`` at ``resolution``."""
    from rasterio.warp import Resampling, calculate_default_transform, reproject
    with rasterio.open(source) as dataset:
        transform, width, height = calculate_default_transform(
            dataset.crs, crs, dataset.width, dataset.height, *dataset.bounds, resolution=resolution)
        profile = dataset.profile
        profile.update(crs=crs, transform=transform, width=width, height=height)
        with rasterio.open(destination, "w", **profile) as out:
            reproject(rasterio.band(dataset, 1), rasterio.band(out, 1), resampling=Resampling.bilinear,
                      src_nodata=dataset.nodata, dst_nodata=dataset.nodata)
    return str(destination)


def with_holes(pair, folder):
    """(LST, NDVI, expected nodata of a 4x output) from a MODIS pair: a nodata hole in each
    input, the NDVI cropped to rows 3-254 so that its grid nests in the LST's from row 1."""
    def hole_in_lst(values):
        values[20:25, 30:36] = -9999
        return values

    def hole_in_ndvi(values):
        values[100:103, 7:150] = -9999
        return values

    lst = derive(pair[0], folder / "lst_hole.tif", hole_in_lst)
    ndvi = derive(crop_rows(pair[1], folder / "ndvi_nested.tif", 3, 252), folder / "ndvi_hole.tif", hole_in_ndvi)
    lst_missing = np.repeat(np.repeat(np.isnan(read(lst)[0][1:64]), 4, 0), 4, 1)
    return lst, ndvi, lst_missing | np.isnan(read(ndvi)[0])

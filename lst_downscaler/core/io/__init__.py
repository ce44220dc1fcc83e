"""Raster I/O and grids: windowed reading and atomic writing (rasterio), grid planning, resampling kernels, sample-data cache."""

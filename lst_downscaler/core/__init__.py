"""QGIS-free science of lst_downscaler: raster I/O, grids, methods, metrics.

Nothing in this package imports QGIS, so it can be used from plain Python and tested
without a QGIS installation.
"""

"""Sensor products to physical layers: Landsat Level-1/Level-2, MODIS and ASTER LST, spectral indices of any reflectance."""

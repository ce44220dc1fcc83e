"""Landsat scenes: the MTL file (``mtl``), the scene folder (``scene``), Level-2 products in
physical units (``products``), Level-1 brightness temperature (``level1``) and Level-1 TOA
reflectance (``toa``)."""

from .level1 import ThermalCalibration, thermal_calibration, write_brightness_temperature
from .mtl import find_group, parse_mtl
from .products import write_lst_kelvin, write_ndvi, write_reflectance
from .scene import LandsatScene, check_level2, open_band, qa_rejected
from .toa import ReflectanceCalibration, earth_sun_distance, toa_reflectance_calibration, write_toa_reflectance

__all__ = ["LandsatScene", "ReflectanceCalibration", "ThermalCalibration", "check_level2", "earth_sun_distance",
           "find_group", "open_band", "parse_mtl", "qa_rejected", "thermal_calibration", "toa_reflectance_calibration",
           "write_brightness_temperature", "write_lst_kelvin", "write_ndvi", "write_reflectance",
           "write_toa_reflectance"]

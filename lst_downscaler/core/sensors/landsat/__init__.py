"""Landsat scenes: the MTL file (``mtl``), the scene folder (``scene``), Level-2 products in
physical units (``products``) and Level-1 brightness temperature (``level1``)."""

from .level1 import ThermalCalibration, thermal_calibration, write_brightness_temperature
from .mtl import find_group, parse_mtl
from .products import write_lst_kelvin, write_ndvi, write_reflectance
from .scene import LandsatScene, check_level2, open_band, qa_rejected

__all__ = ["LandsatScene", "ThermalCalibration", "check_level2", "find_group", "open_band", "parse_mtl",
           "qa_rejected", "thermal_calibration", "write_brightness_temperature", "write_lst_kelvin", "write_ndvi",
           "write_reflectance"]

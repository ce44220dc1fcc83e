"""Toolbox group "Input preparation": sensor products to LST, reflectance and indices."""

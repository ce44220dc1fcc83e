"""Toolbox group "Downscaling": sharpeners, deep models and the bicubic baseline."""

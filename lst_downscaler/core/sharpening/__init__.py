"""Sharpening of a coarse LST with fine auxiliary layers: the NDVI regressions (TsHARP, DisTrad) and the bicubic baseline."""

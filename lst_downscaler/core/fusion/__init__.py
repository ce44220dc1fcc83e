"""Spatiotemporal fusion of a fine LST at base dates with coarse LST at other dates.

STARFM (Gao et al. 2006) and ESTARFM (Zhu et al. 2010); QGIS-free, like the rest of the core.
"""

from .estarfm import Conversion, EstarfmOptions, estarfm
from .stack import CoarseResampling
from .starfm import FusionResult, StarfmOptions, fusion_series, starfm, starfm_series

__all__ = ["CoarseResampling", "Conversion", "EstarfmOptions", "FusionResult", "StarfmOptions", "estarfm",
           "fusion_series", "starfm", "starfm_series"]

"""TsHARP: thermal sharpening with the fractional vegetation cover (Agam et al. 2007)."""

from .classic_sharpening import ClassicSharpeningAlgorithm


class TsharpAlgorithm(ClassicSharpeningAlgorithm):
    default_regression = "FC_LINEAR"
    default_homogeneous_percent = 100.0

    def name(self):
        return "tsharp"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("TsHARP (NDVI-based thermal sharpening)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Sharpens a coarse land surface temperature (LST) layer with a fine NDVI layer, "
            "after Agam, Kustas, Anderson, Li and Neale (2007), <i>A vegetation index based technique "
            "for spatial sharpening of thermal imagery</i>, Remote Sensing of Environment 107.</p>"
            "<p>The fractional vegetation cover fc = 1 - ((NDVImax - NDVI) / (NDVImax - NDVImin))^0.625 "
            "is computed at the fine scale; a linear regression LST = a + b·fc is fitted on the coarse "
            "pixels (cold outliers such as cloud are dropped) and applied to the fine fc; the coarse "
            "residual is added back so that each coarse pixel keeps its temperature.</p>"
            "<p>Assumptions: LST varies with vegetation cover alone, with one relation over the "
            "scene; water, snow and relief break it. The LST must be in kelvin (set its scale and "
            "offset if the layer holds raw numbers); any CRS and resolution, the NDVI layer "
            "defines the output grid.</p>"
            "<p>Defaults, chosen on 56 MODIS/ASTER pairs and checked on Landsat closed loops: a cubic "
            "residual instead of the original blocks, a detail gain fitted on the scene, which "
            "weighs the NDVI texture by the LST-NDVI relation observed one octave above the output "
            "scale, and water (NDVI &lt; 0) as a class of its own. When the LST is a true block "
            "aggregate, choose the smooth mass-preserving residual. Set the gain to 1 and the "
            "residual to Block for the original method.</p>")

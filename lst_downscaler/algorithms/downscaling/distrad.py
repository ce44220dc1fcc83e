"""DisTrad: disaggregation of radiometric temperature (Kustas et al. 2003)."""

from .classic_sharpening import ClassicSharpeningAlgorithm


class DistradAlgorithm(ClassicSharpeningAlgorithm):
    default_regression = "NDVI_QUADRATIC"
    default_homogeneous_percent = 25.0

    def name(self):
        return "distrad"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("DisTrad (NDVI-based disaggregation of temperature)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Disaggregates a coarse land surface temperature (LST) layer with a fine NDVI layer, "
            "after Kustas, Norman, Anderson and French (2003), <i>Estimating subpixel surface "
            "temperatures and energy fluxes from the vegetation index-radiometric temperature "
            "relationship</i>, Remote Sensing of Environment 85.</p>"
            "<p>A quadratic regression LST = a + b·NDVI + c·NDVI² is fitted on the most homogeneous "
            "coarse pixels: the 25 % with the lowest coefficient of variation of the fine NDVI in "
            "each of three NDVI classes (&lt;0.2, 0.2-0.5, &gt;0.5). It is applied to the fine NDVI "
            "and the coarse residual is added back so that each coarse pixel keeps its temperature.</p>"
            "<p>Assumptions: LST varies with vegetation alone, with one relation over the scene; "
            "water, snow and relief break it. The LST must be in kelvin; any CRS and resolution, "
            "the NDVI layer defines the output grid.</p>"
            "<p>Defaults, chosen on 56 MODIS/ASTER pairs and checked on Landsat closed loops: a cubic "
            "residual, a detail gain fitted on the scene and water (NDVI &lt; 0) as a class of its "
            "own. When the LST is a true block aggregate, choose the smooth mass-preserving "
            "residual. Set the gain to 1 and the residual to Block for the original method.</p>")

"""STARFM (Gao et al. 2006): one base pair and a coarse LST at the prediction date."""

from qgis.core import QgsProcessingParameterRasterDestination

from .base import FusionAlgorithm


class StarfmAlgorithm(FusionAlgorithm):
    def name(self):
        return "starfm"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("STARFM (one base pair)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Predicts the fine land surface temperature (LST) at a date t2 from a fine LST and a "
            "coarse LST at a base date t1 and the coarse LST at t2, with the Spatial and Temporal "
            "Adaptive Reflectance Fusion Model of Gao, Masek, Schwaller and Hall (2006), <i>On the "
            "blending of the Landsat and MODIS surface reflectance: predicting daily Landsat surface "
            "reflectance</i>, IEEE TGRS 44(8), 2207-2218.</p>"
            "<p>Each output pixel is a weighted mean, over the spectrally similar pixels of a moving "
            "window around it, of the fine LST at t1 plus the coarse change (F1 + C2 - C1). Similar "
            "pixels are within the standard deviation of the fine LST x 2 / number of classes of the "
            "central pixel, and no worse than it in fine-coarse difference and coarse change (within "
            "the sensors' uncertainties). Weights fall with the fine-coarse difference |F1 - C1|, the "
            "coarse change |C2 - C1| and the relative distance 1 + d / (window / 2).</p>"
        ) + self.input_help() + self.bias_help()

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.pair_parameters(self.FINE_T1, self.COARSE_T1, self.COARSE_T2):
            self.addParameter(parameter)
        self.addParameter(self.units_parameter())
        self.addParameter(self.bias_parameter())
        for parameter in self.method_parameters():
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Fine LST at t2")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.fusion import StarfmOptions, starfm
        fine_t1, coarse_t1, coarse_t2 = self.sources(parameters, context, self.FINE_T1, self.COARSE_T1,
                                                     self.COARSE_T2)
        options = StarfmOptions(**self.common_options(parameters, context))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = self.run_core(starfm, feedback, fine_t1, coarse_t1, coarse_t2, output, options)
        self.report(result, feedback)
        self.load_as_heat_map(output, context, options.celsius)
        return {self.OUTPUT: output}

"""ESTARFM (Zhu et al. 2010): two base pairs around the prediction date."""

from qgis.core import QgsProcessingParameterRasterDestination

from .base import FusionAlgorithm


class EstarfmAlgorithm(FusionAlgorithm):
    def name(self):
        return "estarfm"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("ESTARFM (two base pairs)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Predicts the fine land surface temperature (LST) at a date t2 from two base pairs of "
            "fine and coarse LST, at t1 and t3 (usually before and after t2), and the coarse LST at "
            "t2, with the Enhanced Spatial and Temporal Adaptive Reflectance Fusion Model of Zhu, Chen, "
            "Gao, Chen and Masek (2010), <i>An enhanced spatial and temporal adaptive reflectance "
            "fusion model for complex heterogeneous regions</i>, Remote Sensing of Environment "
            "114(11), 2610-2623.</p>"
            "<p>In a moving window, similar pixels are those close to the central pixel at both base "
            "dates. A conversion coefficient, the slope of the regression of fine on coarse LST over "
            "them, turns the coarse change into a fine change; a prediction from each base date "
            "(Fk + coefficient x weighted coarse change) is weighted by how little the coarse LST "
            "of the window changed since that date. By default the coefficient is 1 (the fine change "
            "is the coarse change), which was more accurate than Zhu's regression on real ECOSTRESS "
            "LST; the regression is an advanced option. Zhu's spectral correlation needs several bands: "
            "with one band (LST), the similar pixels are weighted by how closely their fine change "
            "between t1 and t3 follows the coarse change, and by distance.</p>") + self.input_help() + self.bias_help()

    def conversion_choices(self):
        """(label, name of core.fusion's Conversion)."""
        return [(self.tr("Regression of fine on coarse LST (Zhu et al. 2010)"), "REGRESSION"),
                (self.tr("1: the fine change is the coarse change (more accurate on LST)"), "UNIT")]

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.pair_parameters(self.FINE_T1, self.COARSE_T1, self.FINE_T3, self.COARSE_T3,
                                              self.COARSE_T2):
            self.addParameter(parameter)
        self.addParameter(self.units_parameter())
        self.addParameter(self.bias_parameter())
        for parameter in self.method_parameters():
            self.addParameter(parameter)
        self.addParameter(self.advanced(self.enum_parameter(
            self.CONVERSION, self.tr("Conversion coefficient"), self.conversion_choices(), "UNIT")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Fine LST at t2")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.fusion import Conversion, EstarfmOptions, estarfm
        sources = self.sources(parameters, context, self.FINE_T1, self.COARSE_T1, self.FINE_T3, self.COARSE_T3,
                               self.COARSE_T2)
        options = EstarfmOptions(
            **self.common_options(parameters, context),
            conversion=Conversion[self.enum_value(parameters, self.CONVERSION, context, self.conversion_choices())])
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = self.run_core(estarfm, feedback, *sources, output, options)
        self.report(result, feedback)
        self.load_as_heat_map(output, context, options.celsius)
        return {self.OUTPUT: output}

"""Parameters and run shared by the TsHARP and DisTrad algorithms."""

import math

from qgis.core import QgsProcessingParameterRasterDestination

from ..base import LstAlgorithm


class ClassicSharpeningAlgorithm(LstAlgorithm):
    """An NDVI-based regression sharpener; subclasses set the defaults of their method."""
    group_id = "downscaling"

    SCALE_FACTOR = "SCALE_FACTOR"
    TARGET_RESOLUTION = "TARGET_RESOLUTION"
    REGRESSION = "REGRESSION"
    FC_EXPONENT = "FC_EXPONENT"
    NDVI_MIN = "NDVI_MIN"
    NDVI_MAX = "NDVI_MAX"
    HOMOGENEOUS_PERCENT = "HOMOGENEOUS_PERCENT"
    MAX_CV = "MAX_CV"
    RESIDUAL = "RESIDUAL"
    DETAIL_GAIN = "DETAIL_GAIN"

    #: A value of ``regression_choices``.
    default_regression = "FC_LINEAR"
    default_homogeneous_percent = 100.0


    def regression_choices(self):
        """(label, name of core.sharpening.regression.Regression)."""
        return [(self.tr("Linear in fractional cover (TsHARP)"), "FC_LINEAR"),
                (self.tr("Quadratic in NDVI (DisTrad)"), "NDVI_QUADRATIC"), (self.tr("Linear in NDVI"), "NDVI_LINEAR")]

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.lst_parameters() + self.vegetation_parameters():
            self.addParameter(parameter)
        self.addParameter(self.enum_parameter(self.RESIDUAL, self.tr("Residual correction"),
                                              self.residual_choices(), "CUBIC"))
        self.addParameter(self.units_parameter())
        advanced = self.lst_calibration_parameters() + [
            self.number(self.SCALE_FACTOR, self.tr("Scale factor (0: LST pixel size / output pixel size)"),
                        default=0, minimum=0, integer=True),
            self.number(self.TARGET_RESOLUTION, self.tr("Output resolution (0: that of the NDVI layer)"),
                        default=0, minimum=0),
            self.enum_parameter(self.REGRESSION, self.tr("Regression"), self.regression_choices(),
                                self.default_regression),
            self.number(self.FC_EXPONENT, self.tr("Fractional cover exponent"), default=0.625, minimum=0.01),
            self.number(self.NDVI_MIN, self.tr("NDVI of bare soil (empty: 1st percentile)"), optional=True,
                        minimum=-1, maximum=1),
            self.number(self.NDVI_MAX, self.tr("NDVI of full cover (empty: 99th percentile)"), optional=True,
                        minimum=-1, maximum=1),
            self.number(self.HOMOGENEOUS_PERCENT,
                        self.tr("Homogeneous pixels fitted: lowest-CV percentage per NDVI class"),
                        default=self.default_homogeneous_percent, minimum=1, maximum=100),
            self.number(self.MAX_CV, self.tr("Maximum NDVI coefficient of variation (empty: no limit)"),
                        optional=True, minimum=0),
            self.number(self.DETAIL_GAIN, self.tr("Detail gain (empty: fitted on the scene; 1: classic)"),
                        optional=True, minimum=0, maximum=1),
        ]
        for parameter in advanced:
            self.addParameter(self.advanced(parameter))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Downscaled LST")))

    def options(self, parameters, context):
        from ...core.sharpening.regression import Regression, Residual, SharpeningOptions
        return SharpeningOptions(
            regression=Regression[self.enum_value(parameters, self.REGRESSION, context, self.regression_choices())],
            residual=Residual[self.enum_value(parameters, self.RESIDUAL, context, self.residual_choices())],
            fc_exponent=self.parameterAsDouble(parameters, self.FC_EXPONENT, context),
            ndvi_min=self.optional_number(parameters, self.NDVI_MIN, context),
            ndvi_max=self.optional_number(parameters, self.NDVI_MAX, context),
            homogeneous_percent=self.parameterAsDouble(parameters, self.HOMOGENEOUS_PERCENT, context),
            max_cv=self.optional_number(parameters, self.MAX_CV, context),
            detail_gain=self.optional_number(parameters, self.DETAIL_GAIN, context),
            celsius=self.wants_celsius(parameters, context),
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.sharpening.regression import sharpen
        lst = self.lst_source(parameters, context)
        ndvi = self.ndvi_input(parameters, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = self.run_core(
            sharpen, feedback, lst, ndvi, output, self.options(parameters, context),
            factor=self.parameterAsInt(parameters, self.SCALE_FACTOR, context) or None,
            target_res=self.parameterAsDouble(parameters, self.TARGET_RESOLUTION, context) or None)
        feedback.pushInfo(self.tr(
            "Scale factor {}; regression coefficients {} fitted on {} coarse pixels (R² {:.3f}); "
            "NDVI range {:.3f} to {:.3f}; detail gain {:.3f}.").format(
                result.factor, ", ".join(f"{c:.4g}" for c in result.coefficients), result.fitted_pixels,
                result.r2, result.ndvi_min, result.ndvi_max, result.detail_gain))
        if not math.isnan(result.conservation_max_abs):
            feedback.pushInfo(self.tr(
                "Energy conservation: block means of the output differ from the coarse LST by "
                "{:.4f} K on average, {:.4f} K at most.").format(
                    result.conservation_mean_abs, result.conservation_max_abs))
        self.load_as_heat_map(output, context, self.wants_celsius(parameters, context))
        return {self.OUTPUT: output}

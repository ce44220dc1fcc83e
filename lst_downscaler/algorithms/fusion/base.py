"""What the spatiotemporal fusion algorithms share: the layers of a base pair, the method's settings."""

from qgis.core import QgsProcessingException, QgsProcessingParameterBoolean

from ..base import LstAlgorithm


class FusionAlgorithm(LstAlgorithm):
    """What the fusion algorithms share: the layers of a base pair, the method's settings."""
    group_id = "fusion"

    FINE_T1 = "FINE_T1"
    COARSE_T1 = "COARSE_T1"
    COARSE_T2 = "COARSE_T2"
    FINE_T3 = "FINE_T3"
    COARSE_T3 = "COARSE_T3"
    CONVERSION = "CONVERSION"
    WINDOW = "WINDOW"
    CLASSES = "CLASSES"
    FINE_UNCERTAINTY = "FINE_UNCERTAINTY"
    COARSE_UNCERTAINTY = "COARSE_UNCERTAINTY"
    SCALE_FACTOR = "SCALE_FACTOR"
    RESAMPLING = "RESAMPLING"
    BIAS_CORRECTION = "BIAS_CORRECTION"

    def input_help(self):
        return self.tr(
            "<p>Layers in any CRS and resolution, in kelvin once their scale and offset (from the "
            "layer's metadata) are applied. The fine layer at the base date defines the output grid. "
            "The coarse layers are warped onto a coarse grid in that CRS whose pixels are exactly "
            "<i>factor</i> x <i>factor</i> output pixels (the factor: coarse pixel size / fine pixel "
            "size, rounded, unless given), then interpolated onto the output grid (cubic convolution, "
            "or nearest). Layers on slightly different grids, as real granules are, are aligned. A "
            "coarse layer already resampled onto a grid as fine as the fine layer is used as it is "
            "(factor 1), unless a factor is given. Output pixels stay nodata where an input has no "
            "value. Assumes that the fine and coarse sensors see the same temperature (a systematic "
            "gap between them at the prediction date goes into the output as a bias) and that no "
            "land cover changes between the dates.</p>")

    def pair_parameters(self, *names):
        labels = {
            self.FINE_T1: self.tr("Fine LST at the base date (t1)"),
            self.COARSE_T1: self.tr("Coarse LST at the base date (t1)"),
            self.COARSE_T2: self.tr("Coarse LST at the prediction date (t2)"),
            self.FINE_T3: self.tr("Fine LST at the second base date (t3)"),
            self.COARSE_T3: self.tr("Coarse LST at the second base date (t3)"),
        }
        parameters = []
        for name in names:
            parameters += self.raster_parameters(name, labels[name])
        return parameters

    def bias_parameter(self):
        return QgsProcessingParameterBoolean(
            self.BIAS_CORRECTION, self.tr("Correct the coarse LST for its bias against the fine LST at the base "
                                          "date(s)"), defaultValue=False)

    def bias_help(self):
        return self.tr(
            "<p><b>Bias correction</b>: the coarse layers are shifted by the mean difference, at the base "
            "date(s), between the fine LST averaged over each coarse pixel (T⁴ mean) and the coarse LST, "
            "so that a constant offset between the two sensors does not reach the output. It cannot see "
            "a gap that appears only at the prediction date. The log gives the shift.</p>")

    def resampling_choices(self):
        """(label, name of core.fusion's CoarseResampling)."""
        return [(self.tr("Cubic convolution"), "CUBIC"), (self.tr("Nearest (coarse blocks)"), "NEAREST")]

    def method_parameters(self):
        return [self.advanced(parameter) for parameter in (
            self.number(self.WINDOW, self.tr("Moving window (fine pixels, odd)"), default=15, minimum=1,
                        integer=True),
            self.number(self.CLASSES, self.tr("Number of land cover classes (similarity threshold: "
                                              "standard deviation x 2 / classes)"),
                        default=4, minimum=1, integer=True),
            self.number(self.FINE_UNCERTAINTY, self.tr("Uncertainty of the fine LST (K)"), default=1.0,
                        minimum=0),
            self.number(self.COARSE_UNCERTAINTY, self.tr("Uncertainty of the coarse LST (K)"), default=1.0,
                        minimum=0),
            self.number(self.SCALE_FACTOR, self.tr("Scale factor (0: coarse pixel size / fine pixel size)"),
                        default=0, minimum=0, integer=True),
            self.enum_parameter(self.RESAMPLING, self.tr("Coarse LST onto the fine grid"),
                                self.resampling_choices(), "CUBIC"),
        )]

    def common_options(self, parameters, context):
        from ...core.fusion import CoarseResampling
        window = self.parameterAsInt(parameters, self.WINDOW, context)
        if window % 2 == 0:
            raise QgsProcessingException(self.tr(
                "The moving window must be an odd number of pixels, not {}.").format(window))
        return dict(
            window=window,
            classes=self.parameterAsInt(parameters, self.CLASSES, context),
            fine_uncertainty=self.parameterAsDouble(parameters, self.FINE_UNCERTAINTY, context),
            coarse_uncertainty=self.parameterAsDouble(parameters, self.COARSE_UNCERTAINTY, context),
            factor=self.parameterAsInt(parameters, self.SCALE_FACTOR, context) or None,
            resampling=CoarseResampling[self.enum_value(parameters, self.RESAMPLING, context,
                                                        self.resampling_choices())],
            bias_correction=self.parameterAsBoolean(parameters, self.BIAS_CORRECTION, context),
            celsius=self.wants_celsius(parameters, context),
        )

    def sources(self, parameters, context, *names):
        return [self.band_source(parameters, name, context) for name in names]

    def report(self, result, feedback):
        feedback.pushInfo(self.tr(
            "Scale factor {}; similarity threshold {:.3f} K; {} output pixels predicted.").format(
                result.factor, result.threshold, result.valid_pixels))
        self.report_bias(result, feedback)

    def report_bias(self, result, feedback):
        if result.bias is not None:
            feedback.pushInfo(self.tr("Bias correction: {:+.3f} K added to the coarse LST layers.").format(
                result.bias))


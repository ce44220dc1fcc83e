"""Closed-loop evaluation (Wald et al. 1997): aggregate a fine LST, downscale it back, compare."""

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBand,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from .base import EvaluationAlgorithm

PROVIDER_ID = "lst_downscaler"
DOWNSCALING_GROUP = "downscaling"
DEFAULT_ALGORITHM = "tsharp"


class ClosedLoopEvaluationAlgorithm(EvaluationAlgorithm):
    REFERENCE = "REFERENCE"
    NDVI = "NDVI"
    REFLECTANCE = "REFLECTANCE"
    RED_BAND = "RED_BAND"
    NIR_BAND = "NIR_BAND"
    SCALE_FACTOR = "SCALE_FACTOR"
    AGGREGATION = "AGGREGATION"
    ALGORITHM = "ALGORITHM"

    def name(self):
        return "closed_loop_evaluation"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Closed-loop evaluation of a downscaling algorithm")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Measures how well a downscaling algorithm of this provider recovers a known fine "
            "land surface temperature (LST), after the protocol of Wald, Ranchin and Mangolini (1997), "
            "<i>Fusion of satellite images of different spatial resolutions: assessing the quality of "
            "resulting images</i>, PE&amp;RS 63(6).</p>"
            "<p>The fine reference LST is aggregated by the scale factor, as a coarser sensor would see "
            "it: energy-conserving block mean of T⁴, or a Gaussian PSF (MTF 0.1 at Nyquist) in T⁴ "
            "followed by decimation, the degradation of Ait-Bachir et al. (2025). The coarse LST is "
            "written to a temporary GeoTIFF on the reference grid scaled by the factor, downscaled "
            "back with the chosen algorithm and its default settings, with the fine auxiliary layers "
            "given here, and compared with the reference: RMSE, MAE, bias, unbiased RMSE, R², SSIM "
            "and ERGAS. Bicubic upsampling of the same coarse LST is the baseline, measured on the "
            "same pixels; the ratio of the RMSEs says whether the algorithm adds real detail.</p>"
            "<p>The algorithm is given by its id among this provider's algorithms in the group "
            "Downscaling: {}. The auxiliary layers should share the reference grid (block-average "
            "them onto it); otherwise the output is warped bilinearly onto the reference grid. The "
            "reference must be in kelvin (set its scale and offset otherwise). Outputs: the error "
            "raster (prediction - reference, K) on the reference grid, a report (HTML, or JSON when "
            "the file name ends in .json) and the metrics as numbers for models.</p>").format(
                ", ".join(self.downscalers()))

    def aggregation_choices(self):
        """(label, name of core.evaluation.comparison.Aggregation)."""
        return [(self.tr("Energy-conserving block mean of T⁴"), "T4_BLOCK"),
                (self.tr("Gaussian PSF in T⁴, then decimation (Ait-Bachir et al. 2025)"), "GAUSSIAN_PSF")]

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.calibrated_raster_parameters(self.REFERENCE, self.tr("Fine reference LST layer")):
            self.addParameter(parameter)
        for parameter in self.raster_parameters(self.NDVI, self.tr("Fine NDVI layer"), optional=True):
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.REFLECTANCE, self.tr("Fine reflectance layer (red and NIR bands)"), optional=True))
        for name, label in ((self.RED_BAND, self.tr("Red band")), (self.NIR_BAND, self.tr("NIR band"))):
            self.addParameter(QgsProcessingParameterBand(
                name, label, parentLayerParameterName=self.REFLECTANCE, optional=True))
        self.addParameter(self.number(self.SCALE_FACTOR, self.tr("Scale factor"), default=4, minimum=2,
                                      integer=True))
        self.addParameter(self.enum_parameter(self.AGGREGATION, self.tr("Aggregation to the coarse scale"),
                                              self.aggregation_choices(), "T4_BLOCK"))
        self.addParameter(QgsProcessingParameterString(
            self.ALGORITHM, self.tr("Downscaling algorithm (its id: tsharp, distrad, bicubic...)"),
            defaultValue=DEFAULT_ALGORITHM))
        self.add_outputs({
            "bicubic_rmse": self.tr("Bicubic baseline RMSE (K)"),
            "rmse_ratio": self.tr("RMSE / bicubic RMSE"),
        })

    def downscalers(self):
        """This provider's algorithms in the group Downscaling, by name."""
        provider = self.provider() or QgsApplication.processingRegistry().providerById(PROVIDER_ID)
        algorithms = provider.algorithms() if provider is not None else []
        return {algorithm.name(): algorithm for algorithm in algorithms if algorithm.groupId() == DOWNSCALING_GROUP}

    def downscaler(self, parameters, context):
        """The chosen downscaling algorithm ("tsharp" or "lst_downscaler:tsharp"), or an error listing the choices."""
        value = self.parameterAsString(parameters, self.ALGORITHM, context).strip()
        algorithms = self.downscalers()
        name = value.removeprefix(f"{PROVIDER_ID}:")
        if name not in algorithms:
            raise QgsProcessingException(self.tr(
                "Unknown downscaling algorithm '{}': choose one of {} (the algorithms of this provider "
                "in the group Downscaling).").format(value, ", ".join(algorithms)))
        return algorithms[name]

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        try:
            self.downscaler(parameters, context)
        except QgsProcessingException as error:
            return False, str(error)
        return super().checkParameterValues(parameters, context)

    def child_parameters(self, algorithm, inputs):
        """Parameters of the child algorithm: the inputs it takes, temporary files for its outputs.

        Returns them with the name of its (first) raster output, the downscaled LST.
        """
        child, output = {}, None
        for definition in algorithm.parameterDefinitions():
            name = definition.name()
            if definition.isDestination():
                child[name] = QgsProcessing.TEMPORARY_OUTPUT
                if output is None and definition.type() == "rasterDestination":
                    output = name
            elif inputs.get(name) is not None:
                child[name] = inputs[name]
            elif (not definition.flags() & QgsProcessingParameterDefinition.FlagOptional
                  and definition.defaultValue() is None):
                raise QgsProcessingException(self.tr(
                    "The algorithm '{}' needs the parameter '{}', which the closed loop cannot give "
                    "it: choose another algorithm.").format(algorithm.name(), definition.description()))
        return child, output

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from qgis import processing

        from ...core.evaluation import comparison
        from ...core.io.raster import BandSource
        from ...core.sharpening.bicubic import bicubic

        algorithm = self.downscaler(parameters, context)
        reference = self.calibrated_source(parameters, self.REFERENCE, context)
        factor = self.parameterAsInt(parameters, self.SCALE_FACTOR, context)
        aggregation = comparison.Aggregation[
            self.enum_value(parameters, self.AGGREGATION, context, self.aggregation_choices())]
        ndvi = self.parameterAsRasterLayer(parameters, self.NDVI, context)
        reflectance = self.parameterAsRasterLayer(parameters, self.REFLECTANCE, context)
        auxiliary = ndvi if ndvi is not None else reflectance
        coarse_path = QgsProcessingUtils.generateTempFilename("coarse_lst.tif")
        inputs = {
            "LST": coarse_path, "NDVI": ndvi, "REFLECTANCE": reflectance, "UNITS": 0,
            "GRID": auxiliary if auxiliary is not None else self.parameterAsRasterLayer(
                parameters, self.REFERENCE, context),
            **{name: parameters.get(name) for name in (f"{self.NDVI}_BAND", self.RED_BAND, self.NIR_BAND)},
        }
        child, output = self.child_parameters(algorithm, inputs)
        steps = QgsProcessingMultiStepFeedback(4, feedback)  # aggregate, child, bicubic, compare
        reading = {"progress": steps.setProgress, "is_canceled": steps.isCanceled}

        with self.core_errors(feedback), comparison.LayersOnGrid(reference.grid()) as layers:
            truth = layers.add(reference, **reading, start=0, end=50)
            comparison.write_coarse(truth, layers.grid, factor, aggregation, coarse_path)
            self.phase(steps, 100)
            feedback.pushInfo(self.tr("Reference aggregated by {} ({}): {}").format(
                factor, aggregation.value, coarse_path))
            steps.setCurrentStep(1)
            child_id = f"{PROVIDER_ID}:{algorithm.name()}"
            results = processing.run(child_id, child, context=context, feedback=steps, is_child_algorithm=True)
            steps.setCurrentStep(2)
            baseline_path = QgsProcessingUtils.generateTempFilename("bicubic.tif")
            self.run_core(bicubic, steps, BandSource(coarse_path), layers.grid, baseline_path)
            steps.setCurrentStep(3)
            self.phase(steps, 0)  # a canceled child algorithm stops without an error
            prediction = layers.add(BandSource(results[output]), **reading, start=0, end=40)
            baseline = layers.add(BandSource(baseline_path), **reading, start=40, end=80)
            metrics = comparison.scores(prediction, truth, layers.grid, factor, among=[baseline])
            baseline_metrics = comparison.scores(baseline, truth, layers.grid, factor, among=[prediction])
            ratio = self.tell(feedback, child_id, factor, aggregation, metrics, baseline_metrics)
            report = {
                "title": "Closed-loop evaluation (Wald et al. 1997)",
                "evaluation": "closed_loop",
                "settings": {"reference": reference.path, "algorithm": child_id, "factor": factor,
                             "aggregation": aggregation.value,
                             "auxiliary": auxiliary.source() if auxiliary is not None else None},
                "metrics": metrics,
                "baseline": {"method": "bicubic", "rmse_ratio": ratio, "metrics": baseline_metrics},
            }
            numbers = {**metrics, "bicubic_rmse": baseline_metrics["rmse"], "rmse_ratio": ratio}
            return self.publish(parameters, context, layers.grid, prediction, truth, report, numbers)

    def tell(self, feedback, child_id, factor, aggregation, metrics, baseline_metrics):
        """Show the metrics of the algorithm and of the baseline; the ratio of their RMSEs."""
        # bicubic is exact on a reference without detail at the fine scale (a uniform field)
        ratio = metrics["rmse"] / baseline_metrics["rmse"] if baseline_metrics["rmse"] > 0 else float("nan")
        feedback.pushInfo(self.tr("Closed loop, factor {}, {} aggregation:").format(factor, aggregation.value))
        feedback.pushInfo(self.tr("  {}: {}.").format(child_id, self.metrics_text(metrics)))
        feedback.pushInfo(self.tr("  bicubic baseline: {}.").format(self.metrics_text(baseline_metrics)))
        feedback.pushInfo(self.tr("  RMSE / bicubic RMSE: {:.3f} ({}).").format(
            ratio, self.tr("better than bicubic") if ratio < 1 else self.tr("not better than bicubic")))
        return ratio

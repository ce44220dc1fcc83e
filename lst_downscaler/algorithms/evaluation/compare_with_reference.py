"""Comparison of a downscaled LST with an independent fine reference, and what evaluations share."""

import math

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterDestination,
)

from ..base import LstAlgorithm


class EvaluationAlgorithm(LstAlgorithm):
    """Base of the evaluation algorithms: LST inputs, error raster, report and metric outputs."""

    group_id = "evaluation"

    OUTPUT_ERROR = "OUTPUT_ERROR"
    OUTPUT_REPORT = "OUTPUT_REPORT"


    def calibrated_raster_parameters(self, name, description, optional=False):
        """A raster layer, its band, and its scale and offset to kelvin (advanced)."""
        calibration = [
            self.number(f"{name}_SCALE", self.tr("{} scale (empty: from the layer's metadata)").format(description),
                        optional=True),
            self.number(f"{name}_OFFSET", self.tr("{} offset (empty: from the layer's metadata)").format(description),
                        optional=True),
        ]
        for parameter in calibration:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        return self.raster_parameters(name, description, optional) + calibration

    def lst_source(self, parameters, name, context):
        return self.band_source(parameters, name, context,
                                scale=self.optional_number(parameters, f"{name}_SCALE", context),
                                offset=self.optional_number(parameters, f"{name}_OFFSET", context))

    def add_outputs(self, numbers):
        """The error raster, the report and the numeric outputs (name -> description)."""
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_ERROR, self.tr("Error, prediction - reference (K)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Report (HTML, or JSON with a .json extension)"),
            fileFilter=self.tr("HTML files (*.html);;JSON files (*.json)")))
        labels = {"rmse": self.tr("RMSE (K)"), "mae": self.tr("MAE (K)"), "bias": self.tr("Bias (K)"),
                  "ubrmse": self.tr("Unbiased RMSE (K)"), "r2": self.tr("R²"), "ssim": self.tr("SSIM"),
                  "ergas": self.tr("ERGAS")}
        for name, description in {**labels, **numbers}.items():
            self.addOutput(QgsProcessingOutputNumber(name.upper(), description))

    def metrics_text(self, metrics):
        text = self.tr("RMSE {rmse:.3f} K, MAE {mae:.3f} K, bias {bias:+.3f} K, unbiased RMSE {ubrmse:.3f} K, "
                       "R² {r2:.3f}, SSIM {ssim:.3f}").format(**metrics)
        if "ergas" in metrics:
            text += self.tr(", ERGAS {:.3f}").format(metrics["ergas"])
        return text + self.tr(" ({} pixels)").format(metrics["n"])

    def publish(self, parameters, context, grid, prediction, reference, report, numbers):
        """Write the error raster and the report; the results, with the finite numbers that are outputs."""
        from ...core.evaluation import comparison
        error_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_ERROR, context)
        report_path = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context)
        with self.core_errors():
            comparison.write_error(error_path, grid, prediction, reference)
            comparison.write_report(report_path, report)
        outputs = {output.name() for output in self.outputDefinitions()}
        results = {name.upper(): value for name, value in numbers.items()
                   if name.upper() in outputs and not math.isnan(value)}
        return {self.OUTPUT_ERROR: error_path, self.OUTPUT_REPORT: report_path, **results}


class CompareWithReferenceAlgorithm(EvaluationAlgorithm):
    DOWNSCALED = "DOWNSCALED"
    REFERENCE = "REFERENCE"
    COARSE = "COARSE"

    def name(self):
        return "compare_with_reference"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Compare with a reference LST")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Compares a downscaled land surface temperature (LST) layer with an independent fine "
            "reference, such as ASTER LST for MODIS: the downscaled layer is warped bilinearly onto "
            "the reference grid (any CRS) and the two are compared on the pixels valid in both, as "
            "in the protocol of Ait-Bachir et al. (2025). It reports RMSE, MAE, bias, unbiased RMSE "
            "(standard deviation of the error), R², SSIM and ERGAS (Wald 2002; the resolution ratio "
            "comes from the coarse input, or from the scale factor the downscaling wrote).</p>"
            "<p>With the coarse input LST, it also reports the energy-conservation error, the "
            "consistency property of Wald, Ranchin and Mangolini (1997): the downscaled LST is "
            "aggregated in T⁴ onto the coarse input's grid and compared with it (mean and maximum "
            "absolute difference, K, over coarse pixels entirely covered by valid output).</p>"
            "<p>Outputs: the error raster (downscaled - reference, K) on the reference grid, a "
            "report (HTML, or JSON when the file name ends in .json) and the metrics as numbers "
            "for models. All layers must be in kelvin (set their scale and offset otherwise).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        parameters = (self.calibrated_raster_parameters(self.DOWNSCALED, self.tr("Downscaled LST layer"))
                      + self.calibrated_raster_parameters(self.REFERENCE, self.tr("Reference LST layer"))
                      + self.calibrated_raster_parameters(self.COARSE, self.tr("Coarse input LST layer (optional)"),
                                            optional=True))
        for parameter in parameters:
            self.addParameter(parameter)
        self.add_outputs({
            "conservation_mean_abs": self.tr("Energy conservation: mean absolute error (K)"),
            "conservation_max_abs": self.tr("Energy conservation: maximum absolute error (K)"),
        })

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.evaluation import comparison
        downscaled = self.lst_source(parameters, self.DOWNSCALED, context)
        reference = self.lst_source(parameters, self.REFERENCE, context)
        coarse = self.lst_source(parameters, self.COARSE, context)
        with self.core_errors(feedback):
            grid, reference_values = comparison.read_reference(reference)
            prediction = comparison.read_downscaled(downscaled, grid)
            metrics = comparison.scores(prediction, reference_values,
                                        comparison.resolution_factor(downscaled, coarse))
            conservation = comparison.conservation_error(downscaled, coarse) if coarse else None
        feedback.pushInfo(self.tr("Downscaled LST against the reference: {}.").format(self.metrics_text(metrics)))
        report = {
            "title": "Comparison with a reference LST",
            "evaluation": "compare_with_reference",
            "settings": {"downscaled": downscaled.path, "reference": reference.path,
                         "coarse_input": coarse.path if coarse else None},
            "metrics": metrics,
        }
        numbers = dict(metrics)
        if conservation:
            feedback.pushInfo(self.tr(
                "Energy conservation (T⁴ aggregation onto the coarse input grid): {:.4f} K on average, "
                "{:.4f} K at most, over {} coarse pixels.").format(
                    conservation["mean_abs"], conservation["max_abs"], conservation["n"]))
            report["conservation"] = conservation
            numbers.update(conservation_mean_abs=conservation["mean_abs"],
                           conservation_max_abs=conservation["max_abs"])
        return self.publish(parameters, context, grid, prediction, reference_values, report, numbers)

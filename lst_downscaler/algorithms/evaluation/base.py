"""What the evaluation algorithms share: calibrated LST inputs, the error raster, the report
and the metrics as numeric outputs."""

import math

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterDestination,
)

from ...core.errors import Canceled
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

    def calibrated_source(self, parameters, name, context):
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

    def phase(self, feedback, percent):
        """Between the evaluation's phases (each a whole raster): report ``percent`` and stop on
        Cancel, before any output is written (call it where the core's Canceled is turned into
        the Processing error, in ``core_errors``)."""
        if feedback.isCanceled():
            raise Canceled()
        feedback.setProgress(percent)

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

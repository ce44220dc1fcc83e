"""Comparison of a downscaled LST with an independent fine reference."""

from .base import EvaluationAlgorithm


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
        downscaled = self.calibrated_source(parameters, self.DOWNSCALED, context)
        reference = self.calibrated_source(parameters, self.REFERENCE, context)
        coarse = self.calibrated_source(parameters, self.COARSE, context)
        with self.core_errors(feedback), comparison.LayersOnGrid(reference.grid()) as layers:
            reading = {"progress": feedback.setProgress, "is_canceled": feedback.isCanceled}
            truth = layers.add(reference, **reading, start=0, end=20)
            prediction = layers.add(downscaled, **reading, start=20, end=45)
            metrics = comparison.scores(prediction, truth, layers.grid,
                                        comparison.resolution_factor(downscaled, coarse))
            self.phase(feedback, 65)
            conservation = comparison.conservation_error(downscaled, coarse) if coarse else None
            self.phase(feedback, 80)
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
            return self.publish(parameters, context, layers.grid, prediction, truth, report, numbers)

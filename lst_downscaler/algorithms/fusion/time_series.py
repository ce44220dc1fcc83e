"""Fusion over a time series (STARFM or DLSTFM): one base pair, many coarse dates, one fine LST per date."""

import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
)

from .base import FusionAlgorithm


class FusionTimeSeriesAlgorithm(FusionAlgorithm):
    COARSE_SERIES = "COARSE_SERIES"
    OUTPUT_COUNT = "OUTPUT_COUNT"
    METHOD = "METHOD"

    def name(self):
        return "fusion_time_series"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Fusion time series: STARFM or DLSTFM (one base pair, many coarse dates)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Runs STARFM (Gao et al. 2006, IEEE TGRS 44(8)), or DLSTFM (after Jin et al. 2026, with its "
            "bundled weights and energy correction; needs PyTorch), for every coarse LST layer of a list: "
            "one base pair (fine and coarse LST at t1) and many coarse dates give one fine LST "
            "GeoTIFF per date in the output folder, named after the coarse layer's file (an "
            "existing file of that name is replaced, once every date is done). Progress is reported "
            "over the dates; on Cancel or error, no file of the folder changes.</p>"
        ) + self.input_help() + self.bias_help()

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.pair_parameters(self.FINE_T1, self.COARSE_T1):
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.COARSE_SERIES, self.tr("Coarse LST at the prediction dates (band 1 of each)"),
            QgsProcessing.TypeRaster))
        self.addParameter(self.enum_parameter(self.METHOD, self.tr("Method"), self.method_choices(), "starfm"))
        self.addParameter(self.units_parameter())
        self.addParameter(self.bias_parameter())
        for parameter in self.method_parameters():
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT, self.tr("Folder for the fine LST of each date")))
        self.addOutput(QgsProcessingOutputNumber(self.OUTPUT_COUNT, self.tr("Number of files written")))

    def method_choices(self):
        return [(self.tr("STARFM"), "starfm"), (self.tr("DLSTFM (deep, needs PyTorch)"), "dlstfm")]

    def series_method(self, parameters, context):
        """The core function run for each date, with the options of this run."""
        from ... import dependencies
        from ...core.fusion import StarfmOptions, starfm
        options = self.common_options(parameters, context)
        if self.enum_value(parameters, self.METHOD, context, self.method_choices()) == "starfm":
            starfm_options = StarfmOptions(**options)
            return lambda f1, c1, c2, path, progress, canceled: starfm(f1, c1, c2, path, starfm_options, progress,
                                                                        canceled)
        ok, message = dependencies.check(("torch",))
        if not ok:
            raise QgsProcessingException(message)
        from ...core.deep.fusion import DlstfmOptions, dlstfm
        dlstfm_options = DlstfmOptions(factor=options["factor"], bias_correction=options["bias_correction"],
                                       celsius=options["celsius"])
        return lambda f1, c1, c2, path, progress, canceled: dlstfm(f1, c1, c2, path, dlstfm_options,
                                                                    progress=progress, is_canceled=canceled)

    def files_in_output_folder(self, parameters, context, name, folder):
        """The file of each date: none may be an input (the coarse layers may sit in that folder)."""
        from ...core.fusion.starfm import series_names
        layers = self.parameterAsLayerList(parameters, self.COARSE_SERIES, context) or []
        return {f"{name}/{file}": os.path.join(folder, file)
                for file in series_names([layer.source() for layer in layers])}

    def series_sources(self, parameters, context):
        sources = self.layer_sources(parameters, self.COARSE_SERIES, context)
        if not sources:
            raise QgsProcessingException(self.tr("No coarse LST layer in the series: give one or more."))
        return sources

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.fusion import fusion_series
        fine_t1, coarse_t1 = self.sources(parameters, context, self.FINE_T1, self.COARSE_T1)
        series = self.series_sources(parameters, context)
        method = self.series_method(parameters, context)
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        results = self.run_core(fusion_series, feedback, method, fine_t1, coarse_t1, series, folder)
        for result in results:
            feedback.pushInfo(self.tr("Wrote {} ({} pixels predicted).").format(result.path, result.valid_pixels))
            self.report_bias(result, feedback)
        return {self.OUTPUT: folder, self.OUTPUT_COUNT: len(results)}

"""STARFM over a time series: one base pair, many coarse dates, one fine LST per date."""

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

    def name(self):
        return "fusion_time_series"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("STARFM time series (one base pair, many coarse dates)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Runs STARFM (Gao et al. 2006, IEEE TGRS 44(8)) for every coarse LST layer of a list: "
            "one base pair (fine and coarse LST at t1) and many coarse dates give one fine LST "
            "GeoTIFF per date in the output folder, named after the coarse layer's file (an "
            "existing file of that name is replaced). Progress is reported over the dates; on "
            "Cancel or error, the files of this run are removed.</p>") + self.input_help() + self.bias_help()

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.pair_parameters(self.FINE_T1, self.COARSE_T1):
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.COARSE_SERIES, self.tr("Coarse LST at the prediction dates (band 1 of each)"),
            QgsProcessing.TypeRaster))
        self.addParameter(self.units_parameter())
        self.addParameter(self.bias_parameter())
        for parameter in self.method_parameters():
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT, self.tr("Folder for the fine LST of each date")))
        self.addOutput(QgsProcessingOutputNumber(self.OUTPUT_COUNT, self.tr("Number of files written")))

    def series_sources(self, parameters, context):
        sources = self.layer_sources(parameters, self.COARSE_SERIES, context)
        if not sources:
            raise QgsProcessingException(self.tr("No coarse LST layer in the series: give one or more."))
        return sources

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.fusion import StarfmOptions, starfm_series
        fine_t1, coarse_t1 = self.sources(parameters, context, self.FINE_T1, self.COARSE_T1)
        series = self.series_sources(parameters, context)
        options = StarfmOptions(**self.common_options(parameters, context))
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        results = self.run_core(starfm_series, feedback, fine_t1, coarse_t1, series, folder, options)
        for result in results:
            feedback.pushInfo(self.tr("Wrote {} ({} pixels predicted).").format(result.path, result.valid_pixels))
        return {self.OUTPUT: folder, self.OUTPUT_COUNT: len(results)}

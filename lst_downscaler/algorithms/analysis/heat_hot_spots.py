"""Heat hot spots: a mask of the hottest pixels, and heat statistics per district."""

from qgis.core import (
    NULL,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterRasterDestination,
    QgsProcessingUtils,
)
from ...compat import field
from ...core.errors import Canceled
from ..base import LstAlgorithm

# Statistics of native:zonalstatisticsfb.
MEAN, MAXIMUM = 2, 6
# The fields that the district statistics add (hot_mean: zonal statistics' name of hot_share).
DISTRICT_FIELDS = ("lst_mean", "lst_max", "hot_mean", "hot_share")


class HeatHotSpotsAlgorithm(LstAlgorithm):
    group_id = "analysis"
    PERCENTILE = "PERCENTILE"
    THRESHOLD = "THRESHOLD"
    DISTRICTS = "DISTRICTS"
    OUTPUT_DISTRICTS = "OUTPUT_DISTRICTS"
    THRESHOLD_USED = "THRESHOLD_USED"
    HOT_SHARE = "HOT_SHARE"

    def name(self):
        return "heat_hot_spots"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Heat hot spots")


    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Marks the hot spots of a land surface temperature layer, such as a downscaled LST: "
            "the pixels strictly above a percentile of the layer's valid pixels (default 90: the "
            "hottest tenth of the scene), or above an absolute threshold in the layer's unit (K or "
            "°C), which makes dates comparable. The mask holds 1 for hot, 0 for not hot and nodata "
            "where the LST is nodata.</p>"
            "<p>With a polygon layer of districts, in any CRS, each district gets the mean and "
            "maximum LST of its pixels (fields lst_mean and lst_max, in the layer's unit) and the "
            "share of its valid pixels that are hot (hot_share, in %). They come from QGIS's zonal "
            "statistics (native:zonalstatisticsfb): a pixel belongs to a district when its centre "
            "lies inside it.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.raster_parameters(self.LST, self.tr("LST layer")):
            self.addParameter(parameter)
        self.addParameter(self.number(self.PERCENTILE, self.tr("Percentile above which a pixel is hot"),
                                      default=90, minimum=0, maximum=100))
        self.addParameter(self.number(
            self.THRESHOLD, self.tr("Or: absolute threshold, in the layer's unit (empty: the percentile)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.DISTRICTS, self.tr("Districts (polygons)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Hot spots (1 hot, 0 not)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_DISTRICTS, self.tr("Heat by district"), QgsProcessing.TypeVectorPolygon, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.THRESHOLD_USED, self.tr("Threshold used")))
        self.addOutput(QgsProcessingOutputNumber(self.HOT_SHARE, self.tr("Share of hot pixels (%)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.analysis.hotspots import write_hot_spots
        from ...core.io.raster import staged
        districts = self.parameterAsSource(parameters, self.DISTRICTS, context)
        if districts is not None:
            taken = [name for name in DISTRICT_FIELDS if districts.fields().lookupField(name) >= 0]
            if taken:
                raise QgsProcessingException(self.tr(
                    "The districts layer already has the fields {}, which this algorithm adds: give the "
                    "districts without them (not the output of an earlier run).").format(", ".join(taken)))
        steps = QgsProcessingMultiStepFeedback(1 if districts is None else 3, feedback)
        lst = self.band_source(parameters, self.LST, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        # the mask takes its name only when the district statistics are done too: all or nothing
        with self.core_errors(feedback), staged([output]) as (mask,):
            hot = self.run_core(write_hot_spots, steps, lst, mask,
                                percentile=self.parameterAsDouble(parameters, self.PERCENTILE, context),
                                threshold=self.optional_number(parameters, self.THRESHOLD, context))
            feedback.pushInfo(self.tr("Threshold {:.2f} {}: {} of {} valid pixels are hot ({:.1f} %).").format(
                hot.threshold, hot.unit, hot.hot_pixels, hot.valid_pixels, 100 * hot.hot_share))
            results = {self.OUTPUT: output, self.THRESHOLD_USED: hot.threshold, self.HOT_SHARE: 100 * hot.hot_share}
            if districts is not None:
                results[self.OUTPUT_DISTRICTS] = self.district_statistics(
                    parameters, districts, lst.band, mask, context, steps)
        return results

    def district_statistics(self, parameters, districts, band, mask, context, steps):
        """Mean and maximum LST and hot share per district, from two zonal statistics runs; the
        output layer is created only once they are done."""
        import processing
        zonal = parameters[self.DISTRICTS]
        for step, (raster, raster_band, prefix, statistics) in enumerate(
                ((parameters[self.LST], band, "lst_", [MEAN, MAXIMUM]), (mask, 1, "hot_", [MEAN])), start=1):
            steps.setCurrentStep(step)
            zonal = processing.run("native:zonalstatisticsfb", {
                "INPUT": zonal, "INPUT_RASTER": raster, "RASTER_BAND": raster_band, "COLUMN_PREFIX": prefix,
                "STATISTICS": statistics, "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT},
                context=context, feedback=steps, is_child_algorithm=True)["OUTPUT"]
            if steps.isCanceled():  # zonal statistics stop on Cancel without an error
                raise Canceled()
        fields = QgsFields(districts.fields())
        for name in ("lst_mean", "lst_max", "hot_share"):
            fields.append(field(name, "double"))
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT_DISTRICTS, context, fields,
                                                 districts.wkbType(), districts.sourceCrs())
        if sink is None:  # the output was skipped
            return None
        for feature in QgsProcessingUtils.mapLayerFromString(zonal, context).getFeatures():
            attributes = feature.attributes()
            share = attributes[-1]  # hot_mean: the mean of the 1/0 mask
            attributes[-1] = NULL if share == NULL else 100 * share
            feature.setAttributes(attributes)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return destination

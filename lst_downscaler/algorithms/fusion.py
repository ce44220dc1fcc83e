"""Spatiotemporal fusion: STARFM, ESTARFM and STARFM over a time series of coarse dates.

Thin adapters: parameters become the core's options (``core.fusion``), which does the work.
Parameter names follow the fusion literature: FINE_T1 and COARSE_T1 at the base date,
COARSE_T2 at the prediction date, FINE_T3 and COARSE_T3 at a second base date.
"""

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingOutputNumber,
                       QgsProcessingParameterEnum, QgsProcessingParameterFolderDestination,
                       QgsProcessingParameterMultipleLayers, QgsProcessingParameterRasterDestination)

from .base import LstAlgorithm

# The options of the resampling parameter: names of core.fusion's CoarseResampling.
RESAMPLINGS = ["CUBIC", "NEAREST"]
# The options of ESTARFM's conversion parameter: names of core.fusion's Conversion.
CONVERSIONS = ["REGRESSION", "UNIT"]


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
            QgsProcessingParameterEnum(
                self.RESAMPLING, self.tr("Coarse LST onto the fine grid"),
                options=[self.tr("Cubic convolution"), self.tr("Nearest (coarse blocks)")],
                defaultValue=RESAMPLINGS.index("CUBIC")),
        )]

    def common_options(self, parameters, context):
        from ..core.fusion import CoarseResampling
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
            resampling=CoarseResampling[RESAMPLINGS[self.parameterAsEnum(parameters, self.RESAMPLING, context)]],
            celsius=self.wants_celsius(parameters, context),
        )

    def sources(self, parameters, context, *names):
        return [self.band_source(parameters, name, context) for name in names]

    def report(self, result, feedback):
        feedback.pushInfo(self.tr(
            "Scale factor {}; similarity threshold {:.3f} K; {} output pixels predicted.").format(
                result.factor, result.threshold, result.valid_pixels))


class StarfmAlgorithm(FusionAlgorithm):
    def name(self):
        return "starfm"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("STARFM (one base pair)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Predicts the fine land surface temperature (LST) at a date t2 from a fine LST and a "
            "coarse LST at a base date t1 and the coarse LST at t2, with the Spatial and Temporal "
            "Adaptive Reflectance Fusion Model of Gao, Masek, Schwaller and Hall (2006), <i>On the "
            "blending of the Landsat and MODIS surface reflectance: predicting daily Landsat surface "
            "reflectance</i>, IEEE TGRS 44(8), 2207-2218.</p>"
            "<p>Each output pixel is a weighted mean, over the spectrally similar pixels of a moving "
            "window around it, of the fine LST at t1 plus the coarse change (F1 + C2 - C1). Similar "
            "pixels are within the standard deviation of the fine LST x 2 / number of classes of the "
            "central pixel, and no worse than it in fine-coarse difference and coarse change (within "
            "the sensors' uncertainties). Weights fall with the fine-coarse difference |F1 - C1|, the "
            "coarse change |C2 - C1| and the relative distance 1 + d / (window / 2).</p>") + self.input_help()

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.pair_parameters(self.FINE_T1, self.COARSE_T1, self.COARSE_T2):
            self.addParameter(parameter)
        self.addParameter(self.units_parameter())
        for parameter in self.method_parameters():
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Fine LST at t2")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..core.fusion import StarfmOptions, starfm
        fine_t1, coarse_t1, coarse_t2 = self.sources(parameters, context, self.FINE_T1, self.COARSE_T1,
                                                     self.COARSE_T2)
        options = StarfmOptions(**self.common_options(parameters, context))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = self.run_core(starfm, feedback, fine_t1, coarse_t1, coarse_t2, output, options)
        self.report(result, feedback)
        self.load_as_heat_map(output, context, options.celsius)
        return {self.OUTPUT: output}


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
            "between t1 and t3 follows the coarse change, and by distance.</p>") + self.input_help()

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.pair_parameters(self.FINE_T1, self.COARSE_T1, self.FINE_T3, self.COARSE_T3,
                                              self.COARSE_T2):
            self.addParameter(parameter)
        self.addParameter(self.units_parameter())
        for parameter in self.method_parameters():
            self.addParameter(parameter)
        self.addParameter(self.advanced(QgsProcessingParameterEnum(
            self.CONVERSION, self.tr("Conversion coefficient"),
            options=[self.tr("Regression of fine on coarse LST (Zhu et al. 2010)"),
                     self.tr("1: the fine change is the coarse change (more accurate on LST)")],
            defaultValue=CONVERSIONS.index("UNIT"))))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Fine LST at t2")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..core.fusion import Conversion, EstarfmOptions, estarfm
        sources = self.sources(parameters, context, self.FINE_T1, self.COARSE_T1, self.FINE_T3, self.COARSE_T3,
                               self.COARSE_T2)
        options = EstarfmOptions(
            **self.common_options(parameters, context),
            conversion=Conversion[CONVERSIONS[self.parameterAsEnum(parameters, self.CONVERSION, context)]])
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = self.run_core(estarfm, feedback, *sources, output, options)
        self.report(result, feedback)
        self.load_as_heat_map(output, context, options.celsius)
        return {self.OUTPUT: output}


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
            "Cancel or error, the files of this run are removed.</p>") + self.input_help()

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.pair_parameters(self.FINE_T1, self.COARSE_T1):
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.COARSE_SERIES, self.tr("Coarse LST at the prediction dates (band 1 of each)"),
            QgsProcessing.TypeRaster))
        self.addParameter(self.units_parameter())
        for parameter in self.method_parameters():
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT, self.tr("Folder for the fine LST of each date")))
        self.addOutput(QgsProcessingOutputNumber(self.OUTPUT_COUNT, self.tr("Number of files written")))

    def series_sources(self, parameters, context):
        from ..core.raster import BandSource
        layers = self.parameterAsLayerList(parameters, self.COARSE_SERIES, context)
        if not layers:
            raise QgsProcessingException(self.tr("No coarse LST layer in the series: give one or more."))
        sources = []
        for layer in layers:
            if layer.providerType() != "gdal":
                raise QgsProcessingException(self.tr(
                    "Layer '{}' is not a file-based raster (provider '{}'): save it as a GeoTIFF first "
                    "(Raster > Conversion > Translate).").format(layer.name(), layer.providerType()))
            crs = layer.crs().toWkt() if layer.crs().isValid() else None
            sources.append(BandSource(layer.source(), 1, crs=crs))
        return sources

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ..core.fusion import StarfmOptions, starfm_series
        fine_t1, coarse_t1 = self.sources(parameters, context, self.FINE_T1, self.COARSE_T1)
        series = self.series_sources(parameters, context)
        options = StarfmOptions(**self.common_options(parameters, context))
        folder = self.parameterAsString(parameters, self.OUTPUT, context)
        results = self.run_core(starfm_series, feedback, fine_t1, coarse_t1, series, folder, options)
        for result in results:
            feedback.pushInfo(self.tr("Wrote {} ({} pixels predicted).").format(result.path, result.valid_pixels))
        return {self.OUTPUT: folder, self.OUTPUT_COUNT: len(results)}

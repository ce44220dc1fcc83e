"""DMS: the Data Mining Sharpener (Gao, Kustas and Anderson 2012)."""

import math

from qgis.core import (QgsProcessing, QgsProcessingException, QgsProcessingParameterMultipleLayers,
                       QgsProcessingParameterRasterDestination)

from ... import dependencies
from ..base import LstAlgorithm


class DmsAlgorithm(LstAlgorithm):
    group_id = "downscaling"
    requirements = ("rasterio",)  # and scikit-learn for more than one predictor band (processAlgorithm)

    PREDICTORS = "PREDICTORS"
    RESIDUAL = "RESIDUAL"
    SCALE_FACTOR = "SCALE_FACTOR"
    TARGET_RESOLUTION = "TARGET_RESOLUTION"
    TREES = "TREES"
    MIN_SAMPLES_LEAF = "MIN_SAMPLES_LEAF"
    HOMOGENEOUS_PERCENT = "HOMOGENEOUS_PERCENT"
    WINDOW = "WINDOW"
    DETAIL_GAIN = "DETAIL_GAIN"
    SEED = "SEED"

    def name(self):
        return "dms"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("DMS (Data Mining Sharpener)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Sharpens a coarse land surface temperature (LST) layer with any number of fine "
            "predictor layers, after Gao, Kustas and Anderson (2012), <i>A data mining approach for "
            "sharpening thermal satellite imagery over land</i>, Remote Sensing 4.</p>"
            "<p>The predictors are block-averaged onto the coarse grid. The coarse pixels are the "
            "samples, weighted by 1/CV, the inverse of the coefficient of variation of the fine "
            "predictors inside them (optionally only the most homogeneous are kept). An ensemble of "
            "regression trees with a linear regression in each leaf learns the LST from the "
            "predictors, over the whole scene and in moving windows, whose predictions are blended "
            "with the global one by the inverse of their squared residuals (where a window has too "
            "few samples, the global model is used; window size 0: global model only). The model "
            "is applied to the fine predictors; the fine prediction is aggregated in radiance (T⁴) "
            "space and the coarse residual is added back.</p>"
            "<p>Predictors: the vegetation input of the other sharpeners (an NDVI layer, or NDVI "
            "computed from the red and NIR bands of a reflectance layer, in which case every band of "
            "that layer is a predictor too, as in the paper), and every band of each further layer "
            "(a DEM, albedo, other indices...). The first of them defines the output grid. "
            "Predictors are used as they are: trees need no scaling.</p>"
            "<p>Defaults, chosen on the MODIS (4 km to 1 km, 56 pairs) and Landsat (300 m to 30 m) "
            "closed loops, never on ASTER, which only evaluates: 20 trees, at least 40 samples per "
            "leaf, every coarse pixel (the paper keeps only the most homogeneous: lower the "
            "percentage), local windows of 8 x 8 coarse pixels (enlarged on large scenes so that "
            "there are at most 256), a detail gain fitted on the scene as for TsHARP (the fine "
            "texture weighted by the relation between LST and prediction one octave above the "
            "output scale; 1 is the original method), and a cubic residual like the other "
            "sharpeners (choose the smooth, mass-preserving residual when the LST is a true block "
            "aggregate). The LST must be in kelvin. With more than one predictor band it needs the Python "
            "package scikit-learn (with an NDVI layer alone it does not).</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.lst_parameters() + self.vegetation_parameters():
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.PREDICTORS, self.tr("Further fine predictor layers (every band is used)"),
            QgsProcessing.TypeRaster, optional=True))
        self.addParameter(self.enum_parameter(self.RESIDUAL, self.tr("Residual correction"),
                                              self.residual_choices(), "CUBIC"))
        self.addParameter(self.units_parameter())
        advanced = self.lst_calibration_parameters() + [
            self.number(self.SCALE_FACTOR, self.tr("Scale factor (0: LST pixel size / output pixel size)"),
                        default=0, minimum=0, integer=True),
            self.number(self.TARGET_RESOLUTION,
                        self.tr("Output resolution (0: that of the first predictor layer)"), default=0, minimum=0),
            self.number(self.TREES, self.tr("Number of trees (bagging)"), default=20, minimum=1, integer=True),
            self.number(self.MIN_SAMPLES_LEAF, self.tr("Minimum samples per leaf"), default=40, minimum=2,
                        integer=True),
            self.number(self.HOMOGENEOUS_PERCENT,
                        self.tr("Homogeneous coarse pixels used: lowest-CV percentage"),
                        default=100.0, minimum=1, maximum=100),
            self.number(self.WINDOW, self.tr("Local window size in coarse pixels (0: global model only)"),
                        default=8, minimum=0, integer=True),
            self.number(self.DETAIL_GAIN, self.tr("Detail gain (empty: fitted on the scene; 1: original)"),
                        optional=True, minimum=0, maximum=1),
            self.number(self.SEED, self.tr("Random seed"), default=0, minimum=0, integer=True),
        ]
        for parameter in advanced:
            self.addParameter(self.advanced(parameter))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Downscaled LST")))

    def predictors(self, parameters, context):
        """The core predictors: NDVI (given, or from red and NIR), every band of the reflectance
        layer, every band of each further layer."""
        from ...core.sharpening.dms import BandPredictor
        from ...core.ndvi import NdviBand, RedNirBands
        predictors = []
        ndvi = self.band_source(parameters, self.NDVI, context)
        red = self._reflectance_band(parameters, self.RED_BAND, context)
        nir = self._reflectance_band(parameters, self.NIR_BAND, context)
        if ndvi is not None:
            predictors.append(NdviBand(ndvi))
        elif red is not None and nir is not None:
            predictors.append(RedNirBands(red, nir))
        reflectance = self.parameterAsRasterLayer(parameters, self.REFLECTANCE, context)
        layers = ([reflectance] if reflectance is not None else []) + self.parameterAsLayerList(
            parameters, self.PREDICTORS, context)
        for layer in layers:
            predictors += [BandPredictor(self.layer_source(layer, band)) for band in range(1, layer.bandCount() + 1)]
        if not predictors:
            raise QgsProcessingException(self.tr(
                "No predictor: give a fine NDVI layer, a reflectance layer, or further predictor layers."))
        return predictors

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.sharpening.dms import DmsOptions, dms
        from ...core.sharpening.regression import Residual
        lst = self.lst_source(parameters, context)
        predictors = self.predictors(parameters, context)
        if len(predictors) > 1 and not dependencies.is_importable("sklearn"):
            raise QgsProcessingException(self.tr(
                "{} predictor bands: DMS needs the Python package scikit-learn for more than one (with an "
                "NDVI layer alone it does not).").format(len(predictors)) + " " + dependencies.sklearn_hint())
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        celsius = self.wants_celsius(parameters, context)
        options = DmsOptions(
            n_trees=self.parameterAsInt(parameters, self.TREES, context),
            min_samples_leaf=self.parameterAsInt(parameters, self.MIN_SAMPLES_LEAF, context),
            homogeneous_fraction=self.parameterAsDouble(parameters, self.HOMOGENEOUS_PERCENT, context) / 100,
            window=self.parameterAsInt(parameters, self.WINDOW, context),
            residual=Residual[self.enum_value(parameters, self.RESIDUAL, context, self.residual_choices())],
            detail_gain=self.optional_number(parameters, self.DETAIL_GAIN, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            celsius=celsius)
        result = self.run_core(
            dms, feedback, lst, predictors, output, options,
            factor=self.parameterAsInt(parameters, self.SCALE_FACTOR, context) or None,
            target_res=self.parameterAsDouble(parameters, self.TARGET_RESOLUTION, context) or None)
        feedback.pushInfo(self.tr(
            "Scale factor {}; {} predictor band(s); {} trees trained on {} coarse pixels "
            "(weighted R² {:.3f}); {} local model(s) in {} window(s) of {} coarse pixels; detail gain "
            "{:.3f}.").format(
                result.factor, result.predictors, options.n_trees, result.samples, result.r2,
                result.local_models, result.windows, result.window, result.detail_gain))
        if not math.isnan(result.conservation_max_abs):
            feedback.pushInfo(self.tr(
                "Energy conservation: block means of the output differ from the coarse LST by "
                "{:.4f} K on average, {:.4f} K at most.").format(
                    result.conservation_mean_abs, result.conservation_max_abs))
        self.load_as_heat_map(output, context, celsius)
        return {self.OUTPUT: output}

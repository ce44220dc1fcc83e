"""Bicubic upsampling of a coarse LST onto a fine grid: the baseline of every method."""

from qgis.core import QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer

from ..core.interpolation import bicubic
from .base import LstAlgorithm


class BicubicAlgorithm(LstAlgorithm):
    LST = "LST"
    GRID = "GRID"
    LST_SCALE = "LST_SCALE"
    LST_OFFSET = "LST_OFFSET"

    def name(self):
        return "bicubic"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Bicubic upsampling (baseline)")

    def group(self):
        return self.tr("Downscaling")

    def groupId(self):  # noqa: N802 (QGIS API)
        return "downscaling"

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Interpolates a coarse land surface temperature layer onto the grid of another layer "
            "by cubic convolution (Keys 1981), without any auxiliary information. It adds no detail: "
            "use it as the reference that a sharpening method has to beat.</p>"
            "<p>The grid layer's pixel size and CRS define the output; fine pixels whose coarse pixel "
            "has no LST stay nodata.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.raster_parameters(self.LST, self.tr("Coarse LST layer")):
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterRasterLayer(self.GRID, self.tr("Layer defining the output grid")))
        self.addParameter(self.number(self.LST_SCALE, self.tr("LST scale (empty: from the layer's metadata)"),
                                      optional=True))
        self.addParameter(self.number(self.LST_OFFSET, self.tr("LST offset (empty: from the layer's metadata)"),
                                      optional=True))
        self.addParameter(self.units_parameter())
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Upsampled LST")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        lst = self.band_source(parameters, self.LST, context,
                               scale=self.optional_number(parameters, self.LST_SCALE, context),
                               offset=self.optional_number(parameters, self.LST_OFFSET, context))
        with self.core_errors():
            grid = self.band_source(parameters, self.GRID, context).grid()
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        self.run_core(bicubic, feedback, lst, grid, output, celsius=self.wants_celsius(parameters, context))
        return {self.OUTPUT: output}

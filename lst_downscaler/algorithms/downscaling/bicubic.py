"""Bicubic upsampling of a coarse LST onto a fine grid: the baseline of every method."""

from qgis.core import QgsProcessingParameterRasterDestination, QgsProcessingParameterRasterLayer

from ..base import LstAlgorithm


class BicubicAlgorithm(LstAlgorithm):
    group_id = "downscaling"
    GRID = "GRID"

    def name(self):
        return "bicubic"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Bicubic upsampling (baseline)")


    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Interpolates a coarse land surface temperature layer onto the grid of another layer "
            "by cubic convolution (Keys 1981), without any auxiliary information. It adds no detail: "
            "use it as the reference that a sharpening method has to beat.</p>"
            "<p>The grid layer's pixel size and CRS define the output; fine pixels whose coarse pixel "
            "has no LST stay nodata.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.lst_parameters():
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterRasterLayer(self.GRID, self.tr("Layer defining the output grid")))
        for parameter in self.lst_calibration_parameters():
            self.addParameter(parameter)
        self.addParameter(self.units_parameter())
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Upsampled LST")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.sharpening.bicubic import bicubic
        lst = self.lst_source(parameters, context)
        with self.core_errors(feedback):
            grid = self.band_source(parameters, self.GRID, context).grid()
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        celsius = self.wants_celsius(parameters, context)
        self.run_core(bicubic, feedback, lst, grid, output, celsius=celsius)
        self.load_as_heat_map(output, context, celsius)
        return {self.OUTPUT: output}

"""ASTER AST_08 surface kinetic temperature (HDF or DN GeoTIFF) to LST in kelvin."""

from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterRasterDestination

from ..base import LstAlgorithm


class PrepareAsterAlgorithm(LstAlgorithm):
    group_id = "preparation"
    PRODUCT = "PRODUCT"

    def name(self):
        return "prepare_aster"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Prepare ASTER surface kinetic temperature (AST_08)")


    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Reads an ASTER AST_08 surface kinetic temperature product, as the HDF-EOS granule or "
            "as a GeoTIFF of its DN band, and writes the land surface temperature in kelvin "
            "(DN × 0.1; DN 0 is fill and becomes nodata), after the <i>ASTER Higher-Level Product "
            "User Guide</i> (NASA JPL). The 90 m ASTER LST is a fine-scale reference for checking "
            "downscaled MODIS LST (both fly on Terra).</p>"
            "<p>The HDF granule is a swath located by latitude/longitude tie points: it is warped "
            "to the UTM zone of its centre with nearest neighbour, so every output value is a "
            "product value. A GeoTIFF keeps its own grid.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(
            self.PRODUCT, self.tr("AST_08 granule (*.hdf) or DN GeoTIFF"), behavior=QgsProcessingParameterFile.File,
            fileFilter=self.tr("AST_08 files (*.hdf *.HDF *.tif *.TIF *.tiff)")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("LST (K)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.sensors.aster import write_aster_lst
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        self.run_core(write_aster_lst, feedback, self.parameterAsFile(parameters, self.PRODUCT, context), output)
        return {self.OUTPUT: output}

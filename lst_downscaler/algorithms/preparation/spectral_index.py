"""Spectral index (NDVI, NDWI, MNDWI, NDBI, shortwave albedo) from a reflectance layer."""

import dataclasses

from qgis.core import (
    QgsProcessingParameterBand,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..base import LstAlgorithm


class SpectralIndexAlgorithm(LstAlgorithm):
    group_id = "preparation"
    REFLECTANCE = "REFLECTANCE"
    INDEX = "INDEX"
    BLUE_BAND = "BLUE_BAND"
    GREEN_BAND = "GREEN_BAND"
    RED_BAND = "RED_BAND"
    NIR_BAND = "NIR_BAND"
    SWIR1_BAND = "SWIR1_BAND"
    SWIR2_BAND = "SWIR2_BAND"
    # Band parameter of each role; the defaults are the band order of the preparation outputs.
    ROLE_PARAMETERS = {"blue": BLUE_BAND, "green": GREEN_BAND, "red": RED_BAND, "nir": NIR_BAND,
                       "swir1": SWIR1_BAND, "swir2": SWIR2_BAND}

    def name(self):
        return "spectral_index"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Spectral index (NDVI, NDWI, MNDWI, NDBI, albedo)")


    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Computes a spectral index from the bands of a surface reflectance layer, by strips:</p>"
            "<ul><li>NDVI = (NIR - red) / (NIR + red) (Rouse et al. 1974);</li>"
            "<li>NDWI = (green - NIR) / (green + NIR) (McFeeters 1996, <i>International Journal of "
            "Remote Sensing</i> 17);</li>"
            "<li>MNDWI = (green - SWIR 1) / (green + SWIR 1) (Xu 2006, <i>International Journal of "
            "Remote Sensing</i> 27);</li>"
            "<li>NDBI = (SWIR 1 - NIR) / (SWIR 1 + NIR) (Zha, Gao and Ni 2003, <i>International Journal "
            "of Remote Sensing</i> 24);</li>"
            "<li>shortwave albedo = 0.356 blue + 0.130 red + 0.373 NIR + 0.085 SWIR 1 + 0.072 SWIR 2 - "
            "0.0018 (Liang 2001, <i>Remote Sensing of Environment</i> 76; Landsat TM/ETM+ bands 1, 3, "
            "4, 5, 7, OLI bands 2, 4, 5, 6, 7).</li></ul>"
            "<p>Normalised differences are clipped to [-1, 1]. Reflectance comes from the layer's "
            "scale and offset metadata; a layer in raw digital numbers (values above 2) is refused. "
            "The default bands 1 to 6 (blue, green, red, NIR, SWIR 1, SWIR 2) are those of the "
            "reflectance output of 'Prepare Landsat Collection 2 Level-2 scene'.</p>")

    def index_choices(self):
        """(label, name of core.sensors.indices.SpectralIndex)."""
        return [(self.tr("NDVI"), "NDVI"), (self.tr("NDWI (McFeeters: green, NIR)"), "NDWI"),
                (self.tr("MNDWI (green, SWIR 1)"), "MNDWI"), (self.tr("NDBI (SWIR 1, NIR)"), "NDBI"),
                (self.tr("Shortwave albedo (Liang 2001)"), "ALBEDO")]

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterRasterLayer(self.REFLECTANCE, self.tr("Reflectance layer")))
        self.addParameter(self.enum_parameter(self.INDEX, self.tr("Index"), self.index_choices(), "NDVI"))
        labels = [self.tr("Blue band"), self.tr("Green band"), self.tr("Red band"), self.tr("NIR band"),
                  self.tr("SWIR 1 band"), self.tr("SWIR 2 band")]
        for number, (name, label) in enumerate(zip(self.ROLE_PARAMETERS.values(), labels), start=1):
            self.addParameter(QgsProcessingParameterBand(
                name, label, defaultValue=number, parentLayerParameterName=self.REFLECTANCE, optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Index")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.sensors.indices import SpectralIndex, required_bands, write_index
        index = SpectralIndex[self.enum_value(parameters, self.INDEX, context, self.index_choices())]
        source = self.band_source(parameters, self.REFLECTANCE, context)
        bands = {}
        for role in required_bands(index):
            band = self.parameterAsInt(parameters, self.ROLE_PARAMETERS[role], context)
            bands[role] = dataclasses.replace(source, band=band) if band else None
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        self.run_core(write_index, feedback, index, bands, output)
        return {self.OUTPUT: output}

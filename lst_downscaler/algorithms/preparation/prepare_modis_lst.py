"""MODIS daily LST granule (HDF4) to LST in kelvin on its sinusoidal grid, with a QC mask."""

from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterRasterDestination

from ..base import LstAlgorithm


class PrepareModisLstAlgorithm(LstAlgorithm):
    group_id = "preparation"
    GRANULE = "GRANULE"
    OVERPASS = "OVERPASS"
    QUALITY = "QUALITY"

    def name(self):
        return "prepare_modis_lst"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Prepare MODIS daily LST (MOD11A1 / MOD21A1 HDF)")


    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Reads a MODIS daily land surface temperature granule as downloaded (HDF4-EOS: "
            "MOD11A1/MYD11A1, or MOD21A1D/MOD21A1N) and writes its day or night LST in kelvin "
            "(DN × 0.02; DN 0 is fill and becomes nodata), on the granule's 1 km sinusoidal grid "
            "and CRS, ready for sharpening.</p>"
            "<p>Quality mask, from bits 0-1 of the QC layer (QC_Day / QC_Night, or QC for MOD21): "
            "all produced pixels; good quality only (00); or good and other quality (00 and 01). "
            "Source: Wan, <i>MODIS Land Surface Temperature Products Users' Guide</i> (MOD11, "
            "collection 6/6.1) and Hulley et al., <i>MODIS MOD21 Land Surface Temperature and "
            "Emissivity User Guide</i>.</p>"
            "<p>A MOD21A1D granule holds day LST only and MOD21A1N night LST only: the overpass must "
            "match the granule.</p>")

    def overpass_choices(self):
        """(label, whether it is the night overpass)."""
        return [(self.tr("Day"), False), (self.tr("Night"), True)]

    def quality_choices(self):
        """(label, name of core.sensors.modis.Quality)."""
        return [(self.tr("All produced pixels"), "ALL"), (self.tr("Good quality only (00)"), "GOOD"),
                (self.tr("Good and other quality (00, 01)"), "GOOD_AND_OTHER")]

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(
            self.GRANULE, self.tr("MODIS LST granule (*.hdf)"), behavior=QgsProcessingParameterFile.File,
            fileFilter=self.tr("HDF4 files (*.hdf *.HDF)")))
        self.addParameter(self.enum_parameter(self.OVERPASS, self.tr("Overpass"), self.overpass_choices(), False))
        self.addParameter(self.enum_parameter(self.QUALITY, self.tr("Quality mask (QC bits 0-1)"),
                                              self.quality_choices(), "ALL"))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("LST (K)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.sensors.modis import Quality, modis_layers, write_modis_lst
        granule = self.parameterAsFile(parameters, self.GRANULE, context)
        night = self.enum_value(parameters, self.OVERPASS, context, self.overpass_choices())
        quality = Quality[self.enum_value(parameters, self.QUALITY, context, self.quality_choices())]
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        with self.core_errors(feedback):
            lst_name, _ = modis_layers(granule, night)
        feedback.pushInfo(self.tr("Reading {}").format(lst_name))
        _, valid, total = self.run_core(write_modis_lst, feedback, granule, output, night=night, quality=quality)
        feedback.pushInfo(self.tr("{} of {} pixels valid ({:.1f} %).").format(valid, total, 100 * valid / total))
        return {self.OUTPUT: output}

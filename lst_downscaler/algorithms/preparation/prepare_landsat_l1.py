"""Landsat Level-1 thermal band to top-of-atmosphere brightness temperature in kelvin, and
optionally the reflective bands to top-of-atmosphere reflectance."""

from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterFile, QgsProcessingParameterRasterDestination

from ..base import LstAlgorithm


class PrepareLandsatL1Algorithm(LstAlgorithm):
    group_id = "preparation"
    SCENE = "SCENE"
    THERMAL_BAND = "THERMAL_BAND"
    MASK_CLOUDS = "MASK_CLOUDS"
    OUTPUT_REFLECTANCE = "OUTPUT_REFLECTANCE"

    def name(self):
        return "prepare_landsat_l1"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Prepare Landsat Level-1 thermal band (brightness temperature)")


    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Reads the thermal band of a Landsat 4, 5, 7, 8 or 9 Level-1 scene, given by its *_MTL.txt "
            "file, and writes the top-of-atmosphere brightness temperature in kelvin: radiance "
            "L = RADIANCE_MULT × DN + RADIANCE_ADD, then T = K2 / ln(K1 / L + 1), with the factors of the "
            "MTL (Chander, Markham and Helder 2009, <i>Summary of current radiometric calibration "
            "coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors</i>, Remote Sensing of "
            "Environment 113; Landsat 8 Data Users Handbook).</p>"
            "<p>Thermal band: the first is TM B6, ETM+ B6_VCID_1 (low gain) or TIRS B10; the second "
            "ETM+ B6_VCID_2 (high gain) or TIRS B11. When the MTL lacks K1/K2, the standard values of "
            "the sensor are used (TM 5: 607.76 / 1260.56; ETM+: 666.09 / 1282.71; TIRS B10: "
            "774.8853 / 1321.0789, B11: 480.8883 / 1201.1442); when it lacks RADIANCE_MULT/ADD, they are "
            "computed from LMIN/LMAX and QCALMIN/QCALMAX. The log says which.</p>"
            "<p>Fill (DN 0) and the band file's nodata value become nodata; with a QA_PIXEL band "
            "(Collection 2), cloud, shadow and snow can be masked. Brightness temperature is not land "
            "surface temperature: it has no emissivity or atmospheric correction, and reads a few "
            "kelvin colder.</p>"
            "<p>Optionally, the top-of-atmosphere reflectance of blue, green, red, NIR, SWIR 1 and SWIR 2 "
            "(B2..B7 for Landsat 8/9, B1..B5 and B7 for Landsat 4-7, in this order) as one 6-band layer, "
            "in the band order of the Level-2 surface reflectance, so that either feeds the same "
            "algorithms: ρ = (REFLECTANCE_MULT × DN + REFLECTANCE_ADD) / sin(sun elevation) with the "
            "factors and SUN_ELEVATION of the MTL (Landsat 8 Data Users Handbook). When the MTL lacks "
            "REFLECTANCE_MULT/ADD (older TM and ETM+ scenes), ρ = π × L × d² / (ESUN × sin(sun "
            "elevation)), with L the radiance as above, ESUN of the sensor from Chander, Markham and "
            "Helder (2009, Table 11) and d the EARTH_SUN_DISTANCE of the MTL, or else computed from "
            "DATE_ACQUIRED with the low-precision formula for the Sun of The Astronomical Almanac. The "
            "log says which. TOA reflectance has no atmospheric correction: it reads higher than surface "
            "reflectance in the visible bands.</p>")

    def thermal_band_choices(self):
        """(label, whether it is the second thermal band)."""
        return [(self.tr("First: TM B6, ETM+ B6_VCID_1 (low gain), TIRS B10"), False),
                (self.tr("Second: ETM+ B6_VCID_2 (high gain), TIRS B11"), True)]

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(
            self.SCENE, self.tr("Scene metadata file (*_MTL.txt)"), behavior=QgsProcessingParameterFile.File,
            fileFilter=self.tr("Landsat metadata (*_MTL.txt *_MTL.TXT)")))
        self.addParameter(self.enum_parameter(self.THERMAL_BAND, self.tr("Thermal band"),
                                              self.thermal_band_choices(), False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.MASK_CLOUDS, self.tr("Mask cloud, shadow and snow (QA_PIXEL)"), defaultValue=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT, self.tr("Brightness temperature (K)")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_REFLECTANCE, self.tr("TOA reflectance (blue, green, red, NIR, SWIR 1, SWIR 2)"),
            optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.io.raster import staged
        from ...core.sensors.landsat import (LandsatScene, thermal_calibration, toa_reflectance_calibration,
                                             write_brightness_temperature, write_toa_reflectance)
        second = self.enum_value(parameters, self.THERMAL_BAND, context, self.thermal_band_choices())
        mask = self.parameterAsBoolean(parameters, self.MASK_CLOUDS, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        reflectance_output = self.parameterAsOutputLayer(parameters, self.OUTPUT_REFLECTANCE, context) or None
        with self.core_errors(feedback):
            scene = LandsatScene.open(self.parameterAsFile(parameters, self.SCENE, context))
            calibration = thermal_calibration(scene, second)
            reflectance = toa_reflectance_calibration(scene) if reflectance_output else None
            if reflectance:
                for band in reflectance.bands:
                    scene.level1_path(band)  # a missing band file stops here, before anything is written
        mult, add = calibration.radiance
        k1, k2 = calibration.constants
        feedback.pushInfo(self.tr("Scene {} ({}), band {}: radiance = {:.6g} × DN + {:.6g}, K1 = {}, K2 = {}").format(
            scene.mtl_path.name, scene.spacecraft_id, calibration.band, mult, add, k1, k2))
        notes = calibration.notes
        if reflectance:
            for band, (mult, add) in zip(reflectance.bands, reflectance.scales):
                feedback.pushInfo(self.tr("TOA reflectance {}: ρ = {:.6g} × DN + {:.6g}").format(band, mult, add))
            notes += reflectance.notes
        for note in notes:
            feedback.pushWarning(note)
        with self.core_errors(feedback), staged([output, reflectance_output]) as (bt_path, reflectance_path):
            self.run_core(write_brightness_temperature, feedback, scene, calibration, bt_path, mask_clouds=mask)
            if reflectance_path:
                self.run_core(write_toa_reflectance, feedback, scene, reflectance_path, mask_clouds=mask)
        results = {self.OUTPUT: output, self.OUTPUT_REFLECTANCE: reflectance_output}
        return {name: path for name, path in results.items() if path}

"""Landsat Collection 2 Level-2 scene to LST in kelvin, NDVI and reflectance, ready for sharpening."""

from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterFile, QgsProcessingParameterRasterDestination

from ..base import LstAlgorithm


class PrepareLandsatL2Algorithm(LstAlgorithm):
    group_id = "preparation"
    SCENE = "SCENE"
    MASK_CLOUDS = "MASK_CLOUDS"
    OUTPUT_LST = "OUTPUT_LST"
    OUTPUT_NDVI = "OUTPUT_NDVI"
    OUTPUT_REFLECTANCE = "OUTPUT_REFLECTANCE"

    def name(self):
        return "prepare_landsat_l2"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Prepare Landsat Collection 2 Level-2 scene")


    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Reads a Landsat 4-9 Collection 2 Level-2 scene, given by its *_MTL.txt file, and "
            "writes the surface temperature in kelvin (ST_B10 or ST_B6: DN × 0.00341802 + 149.0, "
            "factors read from the MTL) and the NDVI from surface reflectance (DN × 2.75e-05 - 0.2). "
            "Fill (DN 0) becomes nodata; with a QA_PIXEL band, fill, cloud, dilated cloud, cirrus, "
            "cloud shadow and snow can be masked.</p>"
            "<p>Optionally, the surface reflectance of blue, green, red, NIR, SWIR 1 and SWIR 2 "
            "(SR_B2..SR_B7 for Landsat 8/9, SR_B1..SR_B5 and SR_B7 for Landsat 4-7, in this order) "
            "as one 6-band layer in reflectance (0-1), ready for the Spectral index algorithm.</p>"
            "<p>Band files without georeferencing are placed on the UTM grid given in the MTL. The "
            "thermal band is delivered at 30 m but its native resolution is 100 m (Landsat 8/9): "
            "aggregate it before sharpening.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterFile(
            self.SCENE, self.tr("Scene metadata file (*_MTL.txt)"), behavior=QgsProcessingParameterFile.File,
            fileFilter=self.tr("Landsat metadata (*_MTL.txt *_MTL.TXT)")))
        self.addParameter(QgsProcessingParameterBoolean(
            self.MASK_CLOUDS, self.tr("Mask cloud, shadow and snow (QA_PIXEL)"), defaultValue=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_LST, self.tr("LST (K)")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_NDVI, self.tr("NDVI")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_REFLECTANCE, self.tr("Surface reflectance (blue, green, red, NIR, SWIR 1, SWIR 2)"),
            optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.io.raster import staged
        from ...core.sensors.landsat import LandsatScene, check_level2, write_lst_kelvin, write_ndvi, write_reflectance
        mask = self.parameterAsBoolean(parameters, self.MASK_CLOUDS, context)
        paths = [self.parameterAsOutputLayer(parameters, name, context) or None
                 for name in (self.OUTPUT_LST, self.OUTPUT_NDVI, self.OUTPUT_REFLECTANCE)]
        with self.core_errors(feedback):
            scene = LandsatScene.open(self.parameterAsFile(parameters, self.SCENE, context))
            check_level2(scene, reflectance=paths[2] is not None)
        feedback.pushInfo(self.tr("Scene {} ({})").format(scene.mtl_path.name, scene.spacecraft_id))
        with self.core_errors(feedback), staged(paths) as (lst_path, ndvi_path, reflectance_path):
            self.run_core(write_lst_kelvin, feedback, scene, lst_path, mask_clouds=mask)
            self.run_core(write_ndvi, feedback, scene, ndvi_path, mask_clouds=mask)
            if reflectance_path:
                self.run_core(write_reflectance, feedback, scene, reflectance_path, mask_clouds=mask)
        names = (self.OUTPUT_LST, self.OUTPUT_NDVI, self.OUTPUT_REFLECTANCE)
        return {name: path for name, path in zip(names, paths) if path}

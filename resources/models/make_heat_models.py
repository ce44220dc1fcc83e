"""Writes the heat map models of this folder; run it after changing them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/models/make_heat_models.py

- landsat_to_30m_heat_map.model3: a Landsat Collection 2 Level-2 scene to a 30 m LST in °C
  (TsHARP) and its hot spots, with heat statistics per district when districts are given;
- modis_day_to_250m_lst.model3: a MODIS day LST at 1 km (kelvin) and an NDVI at 250 m to a
  250 m LST in °C (TsHARP) and its hot spots.

Built with the QGIS API rather than by hand, so that they load in the modeler of QGIS 3.22
and later. QGIS 3.22 lists a model's inputs in the order of their names, hence "scene",
"spots_percentile", "zones".
"""

from qgis.core import (QgsProcessing, QgsProcessingModelAlgorithm, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFile, QgsProcessingParameterNumber,
                       QgsProcessingParameterRasterLayer)

from make_models import AVERAGE, add_child, add_parameter, child_output, parameter, static, write_models

GROUP = "LST downscaling"
CELSIUS = 1  # UNITS of the downscaling algorithms
NDVI = 0  # INDEX of lst_downscaler:spectral_index


def add_percentile_and_hot_spots(model, lst_child, position, districts=False):
    add_parameter(model, QgsProcessingParameterNumber(
        "spots_percentile", "Hot spots: percentile above which a pixel is hot", QgsProcessingParameterNumber.Double,
        defaultValue=90, minValue=0, maxValue=100), (position[0] + 240, position[1] - 120))
    sources = {"LST": child_output(lst_child, "OUTPUT"), "PERCENTILE": parameter("spots_percentile")}
    outputs = {"OUTPUT": ("HOT_SPOTS", "Hot spots (1 hot, 0 not)")}
    if districts:
        sources["DISTRICTS"] = parameter("zones")
        outputs["OUTPUT_DISTRICTS"] = ("HEAT_BY_DISTRICT", "Heat by district")
    add_child(model, "hot_spots", "lst_downscaler:heat_hot_spots", "Heat hot spots", sources, position, outputs)


def landsat_to_30m_heat_map():
    model = QgsProcessingModelAlgorithm("Landsat scene to 30 m heat map", GROUP)
    model.setHelpContent({"ALG_DESC": (
        "<p>A Landsat 8/9 Collection 2 Level-2 scene (its *_MTL.txt file) to a 30 m land surface "
        "temperature in °C and its heat hot spots: the scene is prepared (surface temperature in "
        "kelvin, surface reflectance, QA_PIXEL cloud mask), NDVI is computed from the reflectance, "
        "the thermal band, delivered at 30 m but 100 m native, is aggregated to 100 m (GDAL warp, "
        "average), TsHARP sharpens it back to the 30 m NDVI grid in °C, and the pixels above a "
        "percentile are marked as hot spots. Given districts (polygons, any CRS), it also writes "
        "their mean and maximum LST and hot-area share.</p>")})
    add_parameter(model, QgsProcessingParameterFile(
        "scene", "Scene metadata file (*_MTL.txt)", fileFilter="Landsat metadata (*_MTL.txt *_MTL.TXT)"), (120, 60))
    add_parameter(model, QgsProcessingParameterFeatureSource(
        "zones", "Districts (polygons)", [QgsProcessing.TypeVectorPolygon], optional=True), (600, 60))
    add_child(model, "prepare", "lst_downscaler:prepare_landsat_l2", "Prepare Landsat L2 scene",
              {"SCENE": parameter("scene"), "MASK_CLOUDS": static(True)}, (120, 180))
    add_child(model, "ndvi", "lst_downscaler:spectral_index", "NDVI from reflectance",
              {"REFLECTANCE": child_output("prepare", "OUTPUT_REFLECTANCE"), "INDEX": static(NDVI),
               "RED_BAND": static(3), "NIR_BAND": static(4)}, (360, 300))
    add_child(model, "aggregate", "gdal:warpreproject", "Aggregate LST to its native 100 m",
              {"INPUT": child_output("prepare", "OUTPUT_LST"), "TARGET_RESOLUTION": static(100),
               "RESAMPLING": static(AVERAGE)}, (120, 300))
    add_child(model, "tsharp", "lst_downscaler:tsharp", "TsHARP 100 m -> 30 m, °C",
              {"LST": child_output("aggregate", "OUTPUT"), "NDVI": child_output("ndvi", "OUTPUT"),
               "UNITS": static(CELSIUS)}, (240, 420), {"OUTPUT": ("LST_30M", "LST (°C) at 30 m")})
    add_percentile_and_hot_spots(model, "tsharp", (360, 600), districts=True)
    return model


def modis_day_to_250m_lst():
    model = QgsProcessingModelAlgorithm("MODIS day to 250 m LST", GROUP)
    model.setHelpContent({"ALG_DESC": (
        "<p>A MODIS day land surface temperature at 1 km in kelvin (the output of 'Prepare MODIS "
        "daily LST' on a MOD11A1 / MOD21A1D granule, or any MOD11A1 GeoTIFF in kelvin) and an NDVI "
        "at 250 m (e.g. from MOD09GQ red and NIR with 'Spectral index') to a 250 m LST in °C with "
        "TsHARP, and its heat hot spots. The NDVI defines the output grid; both layers may be in "
        "any CRS.</p>")})
    add_parameter(model, QgsProcessingParameterRasterLayer("lst", "MODIS day LST at 1 km (K)"), (120, 60))
    add_parameter(model, QgsProcessingParameterRasterLayer("ndvi", "NDVI at 250 m"), (360, 60))
    add_child(model, "tsharp", "lst_downscaler:tsharp", "TsHARP 1 km -> 250 m, °C",
              {"LST": parameter("lst"), "NDVI": parameter("ndvi"), "UNITS": static(CELSIUS)}, (240, 200),
              {"OUTPUT": ("LST_250M", "LST (°C) at 250 m")})
    add_percentile_and_hot_spots(model, "tsharp", (360, 380))
    return model


MODELS = {"landsat_to_30m_heat_map": landsat_to_30m_heat_map, "modis_day_to_250m_lst": modis_day_to_250m_lst}


if __name__ == "__main__":
    write_models(MODELS)

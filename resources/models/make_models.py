"""Writes the Processing models of this folder; run it after changing them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python resources/models/make_models.py

The models are built with the QGIS API rather than edited by hand, so that they load in
the modeler of QGIS 3.22 and later.
"""

import sys
from pathlib import Path

from qgis.core import (QgsApplication, QgsProcessingModelAlgorithm, QgsProcessingModelChildAlgorithm,
                       QgsProcessingModelChildParameterSource, QgsProcessingModelOutput,
                       QgsProcessingModelParameter, QgsProcessingParameterDefinition,
                       QgsProcessingParameterFile, QgsProcessingParameterNumber)
from qgis.PyQt.QtCore import QPointF

FOLDER = Path(__file__).resolve().parent
# gdal:warpreproject resampling 5: average.
AVERAGE = 5
DESCRIPTION = (
    "<p>Landsat 8/9 Collection 2 Level-2 scene (its *_MTL.txt file) to a 30 m LST with TsHARP: "
    "the scene is prepared (surface temperature in kelvin, surface reflectance), NDVI is computed "
    "from the reflectance, the thermal band, delivered at 30 m but 100 m native, is aggregated "
    "to 100 m (GDAL warp, average), and TsHARP sharpens it back to the 30 m NDVI grid.</p>")


def static(value):
    return QgsProcessingModelChildParameterSource.fromStaticValue(value)


def parameter(name):
    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def child_output(child_id, output):
    return QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)


def add_parameter(model, definition, position):
    component = QgsProcessingModelParameter(definition.name())
    component.setPosition(QPointF(*position))
    model.addModelParameter(definition, component)


def add_child(model, child_id, algorithm_id, description, sources, position, outputs=None):
    """A child algorithm; ``outputs`` maps its output names to (model output name, description)."""
    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    child.setDescription(description)
    for name, source in sources.items():
        child.addParameterSources(name, [source])
    # What the modeler's dialog does: mandatory parameters left out get their default, so
    # that the modeler finds the step valid.
    for definition in child.algorithm().parameterDefinitions():
        if (definition.name() not in sources and not definition.isDestination()
                and not definition.flags() & QgsProcessingParameterDefinition.FlagOptional
                and definition.defaultValue() is not None):
            child.addParameterSources(definition.name(), [static(definition.defaultValue())])
    child.setPosition(QPointF(*position))
    model_outputs = {}
    for offset, (child_output_name, (name, output_description)) in enumerate((outputs or {}).items()):
        model_output = QgsProcessingModelOutput(name, output_description)
        model_output.setChildId(child_id)
        model_output.setChildOutputName(child_output_name)
        model_output.setPosition(QPointF(position[0] + 200 * offset, position[1] + 100))
        model_outputs[name] = model_output
    child.setModelOutputs(model_outputs)
    model.addChildAlgorithm(child)


def landsat_l2_to_tsharp():
    model = QgsProcessingModelAlgorithm("landsat_l2_to_tsharp", "LST downscaling")
    model.setHelpContent({"ALG_DESC": DESCRIPTION})
    add_parameter(model, QgsProcessingParameterFile("scene", "Scene metadata file (*_MTL.txt)",
                                                    fileFilter="Landsat metadata (*_MTL.txt *_MTL.TXT)"), (120, 60))
    add_child(model, "prepare", "lst_downscaler:prepare_landsat_l2", "Prepare Landsat L2 scene",
              {"SCENE": parameter("scene"),
               "MASK_CLOUDS": static(True)}, (120, 180))
    add_child(model, "ndvi", "lst_downscaler:spectral_index", "NDVI from reflectance",
              {"REFLECTANCE": child_output("prepare", "OUTPUT_REFLECTANCE"), "INDEX": static(0),
               "RED_BAND": static(3), "NIR_BAND": static(4)}, (360, 300))
    add_child(model, "aggregate", "gdal:warpreproject", "Aggregate LST to its native 100 m",
              {"INPUT": child_output("prepare", "OUTPUT_LST"), "TARGET_RESOLUTION": static(100),
               "RESAMPLING": static(AVERAGE)}, (120, 300))
    add_child(model, "tsharp", "lst_downscaler:tsharp", "TsHARP 100 m -> 30 m",
              {"LST": child_output("aggregate", "OUTPUT"), "NDVI": child_output("ndvi", "OUTPUT")},
              (240, 420), {"OUTPUT": ("LST_30M", "Downscaled LST (30 m)")})
    return model


def landsat_l2_progressive():
    model = QgsProcessingModelAlgorithm("Landsat scene to 30 m LST (progressive)", "LST downscaling")
    model.setHelpContent({"ALG_DESC": (
        "<p>Landsat 4-9 Collection 2 Level-2 scene (its *_MTL.txt file) to a 30 m LST with progressive "
        "self-training (after Shen et al. 2026): the scene is prepared (surface temperature in kelvin, "
        "surface reflectance, QA_PIXEL cloud mask), then the thermal band, delivered at 30 m, is brought back "
        "to its native 100 m by energy-conserving block means, downscaled by the bundled network with the six "
        "30 m reflectance bands, fine-tuned on the scene in two stages, and corrected so that its T<sup>4</sup> "
        "block means equal the observed LST. Landsat 4/5 and 7 scenes need the native resolution 120 m or "
        "60 m: run the algorithm itself for them.</p>")})
    add_parameter(model, QgsProcessingParameterFile("scene", "Scene metadata file (*_MTL.txt)",
                                                    fileFilter="Landsat metadata (*_MTL.txt *_MTL.TXT)"), (120, 60))
    add_parameter(model, QgsProcessingParameterNumber(
        "steps", "Fine-tuning steps per stage (0: stage 0 alone)", QgsProcessingParameterNumber.Integer,
        defaultValue=100, minValue=0), (360, 60))
    add_child(model, "prepare", "lst_downscaler:prepare_landsat_l2", "Prepare Landsat L2 scene",
              {"SCENE": parameter("scene"), "MASK_CLOUDS": static(True)}, (120, 180))
    add_child(model, "progressive", "lst_downscaler:progressive_landsat", "Progressive self-training 100 m -> 30 m",
              {"LST": child_output("prepare", "OUTPUT_LST"), "REFLECTANCE": child_output("prepare", "OUTPUT_REFLECTANCE"),
               "STEPS": parameter("steps")}, (240, 300), {"OUTPUT": ("LST_30M", "Downscaled LST (30 m)")})
    return model


MODELS = {"landsat_l2_to_tsharp": landsat_l2_to_tsharp, "landsat_l2_progressive": landsat_l2_progressive}


def write_models(models):
    """Build each model (name -> function) with the provider registered and write <name>.model3."""
    application = QgsApplication([], False)
    application.initQgis()
    sys.path[:0] = ["/usr/share/qgis/python/plugins", str(FOLDER.parents[1])]
    from processing.core.Processing import Processing

    from lst_downscaler.provider import LstDownscalerProvider
    Processing.initialize()
    provider = LstDownscalerProvider()
    application.processingRegistry().addProvider(provider)
    for name, build in models.items():
        model = build()
        model.updateDestinationParameters()
        path = FOLDER / f"{name}.model3"
        if not model.toFile(str(path)):
            sys.exit(f"Could not write {path}")
        print(path)
    application.exitQgis()


if __name__ == "__main__":
    write_models(MODELS)

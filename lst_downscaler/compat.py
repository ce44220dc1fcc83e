"""Where the QGIS API differs between the versions the plugin supports (3.22 to 3.40)."""

from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QMetaType, QVariant


def field(name, kind):
    """A QgsField of ``kind``, "double" or "string": typed by QMetaType from QGIS 3.38 on, where
    the QVariant types are deprecated, by QVariant before (3.22 takes no QMetaType)."""
    if Qgis.QGIS_VERSION_INT >= 33800:
        return QgsField(name, {"double": QMetaType.Type.Double, "string": QMetaType.Type.QString}[kind])
    return QgsField(name, {"double": QVariant.Double, "string": QVariant.String}[kind])


def renderer_band(renderer):
    """The band a single-band renderer draws: ``inputBand()`` from QGIS 3.38 on, ``band()`` before."""
    return renderer.inputBand() if hasattr(renderer, "inputBand") else renderer.band()


def model_output_parameter(model, child_id, output_name):
    """The name of the model parameter that receives output ``output_name`` of child
    ``child_id``: "child:OUTPUT" in QGIS 3.22, a safe name of the model output (e.g. "output")
    in 3.40, where the parameter's metadata names the child and its output."""
    for definition in model.destinationParameterDefinitions():
        metadata = definition.metadata()
        if (definition.name() == f"{child_id}:{output_name}"
                or (metadata.get("_modelChildId"), metadata.get("_modelChildOutputName")) == (child_id, output_name)):
            return definition.name()
    raise KeyError(f"{child_id}:{output_name} is not an output of the model")

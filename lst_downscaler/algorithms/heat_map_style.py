"""The heat map style of LST outputs, applied when Processing loads them into a project."""

from qgis.core import QgsColorRampLegendNodeSettings, QgsProcessingLayerPostProcessorInterface

from ..compat import renderer_band
from ..resources import resource_path

TEMPLATE = ("styles", "lst_heat_map.qml")
STRETCH = (0.02, 0.98)
# Pixels sampled for the stretch: QGIS's own "estimated" accuracy.
SAMPLE_SIZE = 250000


def apply_heat_map_style(layer, unit):
    """Style band 1 of ``layer`` with the heat map template, stretched to its 2nd-98th percentile.

    The legend and the colour ramp labels read in ``unit`` ("K" or "°C").
    """
    message, loaded = layer.loadNamedStyle(str(resource_path(*TEMPLATE)))
    if not loaded:
        raise OSError(message)
    renderer = layer.renderer().clone()
    lower, upper = layer.dataProvider().cumulativeCut(renderer_band(renderer), *STRETCH, sampleSize=SAMPLE_SIZE)
    renderer.setClassificationMin(lower)
    renderer.setClassificationMax(upper)
    ramp = renderer.shader().rasterShaderFunction()
    ramp.classifyColorRamp()
    items = ramp.colorRampItemList()
    for item in items:
        item.label = f"{item.value:.1f} {unit}"
    ramp.setColorRampItemList(items)
    legend = QgsColorRampLegendNodeSettings(ramp.legendSettings())
    legend.setSuffix(f" {unit}")
    ramp.setLegendSettings(legend)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


class HeatMapStyle(QgsProcessingLayerPostProcessorInterface):
    """Styles an LST output as a heat map once Processing has loaded it."""

    # Processing keeps only the C++ side of a post-processor: the Python object must be
    # kept alive here (one per output path) or it is garbage-collected before it runs.
    _alive = {}

    def __init__(self, unit):
        super().__init__()
        self.unit = unit

    @classmethod
    def for_output(cls, output, unit):
        processor = cls._alive[output] = cls(unit)
        return processor

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        apply_heat_map_style(layer, self.unit)

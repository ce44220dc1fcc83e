"""What the deep-learning algorithms share: PyTorch check, device and tiling parameters."""

from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterRasterDestination

from ...core.deep.registry import bundled_card
from ..base import LstAlgorithm


class DeepDownscalingAlgorithm(LstAlgorithm):
    """A bundled network run by tiles; subclasses set ``model_id`` and the help text."""

    group_id = "downscaling"

    DEVICE = "DEVICE"
    CUDA_DEVICE = "CUDA_DEVICE"
    THREADS = "THREADS"
    HALF = "HALF"
    TILE_SIZE = "TILE_SIZE"
    BATCH_SIZE = "BATCH_SIZE"
    ADAPTATION_STEPS = "ADAPTATION_STEPS"
    SEED = "SEED"

    model_id = None
    requirements = ("rasterio", "torch")

    def name(self):
        return self.model_id

    def model_card_help(self):
        """A line on the bundled weights: training data and measured accuracy."""
        card = bundled_card(self.model_id)
        if card is None:
            return self.tr("<p>The weights of this model are missing from the plugin.</p>")
        accuracy = card.accuracy
        measured = (self.tr(" Against ASTER on 56 MODIS scenes: RMSE {rmse:.2f} K (bicubic {bicubic_rmse:.2f} K).")
                    .format(**accuracy) if accuracy else "")
        return self.tr("<p>Bundled weights: {} parameters, trained with <code>{}</code>.{}</p>").format(
            card.parameters, card.training["command"], measured)

    def device_choices(self):
        return [(self.tr("Auto (CUDA GPU if available, else CPU)"), "auto"), (self.tr("CPU"), "cpu"),
                (self.tr("CUDA GPU"), "cuda")]

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.lst_parameters() + self.vegetation_parameters():
            self.addParameter(parameter)
        self.addParameter(self.enum_parameter(self.DEVICE, self.tr("Device"), self.device_choices(), "auto"))
        self.addParameter(self.units_parameter())
        advanced = self.lst_calibration_parameters() + [
            self.number(self.CUDA_DEVICE, self.tr("CUDA device number"), default=0, minimum=0, integer=True),
            self.number(self.THREADS, self.tr("CPU threads (0: PyTorch's default)"), default=0, minimum=0,
                        integer=True),
            QgsProcessingParameterBoolean(self.HALF, self.tr("Half precision on CUDA"), defaultValue=False),
            self.number(self.TILE_SIZE, self.tr("Tile size (pixels, multiple of 8)"), default=768, minimum=256,
                        integer=True),
            self.number(self.BATCH_SIZE, self.tr("Tiles per batch"), default=2, minimum=1, integer=True),
            self.number(self.ADAPTATION_STEPS, self.tr("Per-scene adaptation steps (0: off)"), default=0,
                        minimum=0, integer=True),
            self.number(self.SEED, self.tr("Random seed of the adaptation"), default=0, integer=True),
        ]
        for parameter in advanced:
            self.addParameter(self.advanced(parameter))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Downscaled LST")))

    def deep_options(self, parameters, context):
        from ...core.deep.downscale import DeepOptions
        device = self.enum_value(parameters, self.DEVICE, context, self.device_choices())
        if device == "cuda":
            device = f"cuda:{self.parameterAsInt(parameters, self.CUDA_DEVICE, context)}"
        tile = self.parameterAsInt(parameters, self.TILE_SIZE, context) // 8 * 8
        return DeepOptions(
            device=device, threads=self.parameterAsInt(parameters, self.THREADS, context),
            half=self.parameterAsBoolean(parameters, self.HALF, context), tile=tile,
            batch=self.parameterAsInt(parameters, self.BATCH_SIZE, context),
            adaptation_steps=self.parameterAsInt(parameters, self.ADAPTATION_STEPS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context), celsius=self.wants_celsius(parameters, context))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.deep.downscale import downscale
        lst = self.lst_source(parameters, context)
        ndvi = self.ndvi_input(parameters, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = self.run_core(downscale, feedback, self.model_id, lst, ndvi, output,
                               self.deep_options(parameters, context))
        feedback.pushInfo(self.tr("Ran on {}; scale factor {}; output pixel {:.4g}.").format(
            result.device, result.factor, result.output_resolution))
        if result.resampled_auxiliary:
            feedback.pushInfo(self.tr(
                "The LST / NDVI pixel-size ratio is not the model's factor: the NDVI was resampled to "
                "1/{} of the LST pixel size, which is the output resolution.").format(result.factor))
        self.load_as_heat_map(output, context, self.wants_celsius(parameters, context))
        return {self.OUTPUT: output}

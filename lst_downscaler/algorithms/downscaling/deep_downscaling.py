"""What the deep-learning algorithms share: PyTorch check, device and tiling parameters."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
)

from ...core.deep.registry import bundled_card
from ..base import LstAlgorithm


class DeepDownscalingAlgorithm(LstAlgorithm):
    """A bundled network run by tiles, or a model file trained by "Train a downscaling network";
    subclasses set ``model_id`` and the help text."""

    group_id = "downscaling"

    THREADS = "THREADS"
    HALF = "HALF"
    TILE_SIZE = "TILE_SIZE"
    BATCH_SIZE = "BATCH_SIZE"
    ADAPTATION_STEPS = "ADAPTATION_STEPS"
    SEED = "SEED"
    MODEL_FILE = "MODEL_FILE"
    AUXILIARY = "AUXILIARY"

    model_id = None
    requirements = ("rasterio", "torch")

    def name(self):
        return self.model_id

    def model_card_help(self):
        """A line on the bundled weights: training data and measured accuracy."""
        card = bundled_card(self.model_id)
        if card is None:
            return self.tr("<p>The weights of this model are missing from the plugin.</p>")
        accuracy = card.accuracy or {}
        measured = (self.tr(" Against ASTER on 56 MODIS scenes: RMSE {rmse:.2f} K (bicubic {bicubic_rmse:.2f} K).")
                    .format(**accuracy) if "rmse" in accuracy else "")
        return self.tr("<p>Bundled weights: {} parameters, trained with <code>{}</code>.{}</p>").format(
            card.parameters, card.training["command"], measured) + self.tr(
            "<p><b>Model file</b>: a model written by <i>Train a downscaling network</i> (its .json card, "
            "with the .pt weights beside it) runs instead of the bundled weights, after its card is "
            "checked (architecture, weights checksum). When its card lists further auxiliary channels "
            "(a DEM, an albedo...), give one layer per channel in <b>Further auxiliary layers</b>, in the "
            "card's order.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.lst_parameters() + self.vegetation_parameters():
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.AUXILIARY, self.tr("Further auxiliary layers (in the order the model file's card lists them)"),
            QgsProcessing.TypeRaster, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.MODEL_FILE, self.tr("Model file (empty: bundled)"), extension="json", optional=True))
        self.addParameter(self.device_parameter())
        self.addParameter(self.units_parameter())
        advanced = self.lst_calibration_parameters() + [
            self.cuda_device_parameter(),
            self.number(self.THREADS, self.tr("CPU threads (0: PyTorch's default)"), default=0, minimum=0,
                        integer=True),
            QgsProcessingParameterBoolean(self.HALF, self.tr("Half precision on CUDA"), defaultValue=False),
            self.number(self.TILE_SIZE, self.tr("Tile size (pixels, multiple of 8)"), default=768, minimum=256,
                        integer=True),
            # as DeepOptions.batch: 2 was no faster on CPU, and SRDA-Net 2x slower
            self.number(self.BATCH_SIZE, self.tr("Tiles per batch"), default=1, minimum=1, integer=True),
            self.number(self.ADAPTATION_STEPS, self.tr("Per-scene adaptation steps (0: off)"), default=0,
                        minimum=0, integer=True),
            self.number(self.SEED, self.tr("Random seed of the adaptation"), default=0, minimum=0, integer=True),
        ]
        for parameter in advanced:
            self.addParameter(self.advanced(parameter))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Downscaled LST")))

    def deep_options(self, parameters, context):
        from ...core.deep.downscale import DeepOptions
        device = self.chosen_device(parameters, context)
        tile = self.parameterAsInt(parameters, self.TILE_SIZE, context) // 8 * 8
        return DeepOptions(
            device=device, threads=self.parameterAsInt(parameters, self.THREADS, context),
            half=self.parameterAsBoolean(parameters, self.HALF, context), tile=tile,
            batch=self.parameterAsInt(parameters, self.BATCH_SIZE, context),
            adaptation_steps=self.parameterAsInt(parameters, self.ADAPTATION_STEPS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context), celsius=self.wants_celsius(parameters, context))

    def model_and_auxiliary(self, parameters, context, feedback):
        """The model to run (the bundled id, or the model file) and the sources of the further
        auxiliary layers, checked against the model's card."""
        from pathlib import Path

        from ...core.deep.networks import build
        from ...core.deep.registry import read_card
        from ...core.deep.weights import check_weights
        layers = self.parameterAsLayerList(parameters, self.AUXILIARY, context) or []
        model = self.parameterAsFile(parameters, self.MODEL_FILE, context) or self.model_id
        with self.core_errors(feedback):
            if model == self.model_id:
                card = read_card(self.model_id)
            else:
                card = read_card(Path(model).stem, Path(model).parent)
                build(card)  # the architecture is registered, in the card's version
                check_weights(card, Path(model).parent)
                feedback.pushInfo(self.tr("Model file {}: {} ({}), channels {}.").format(
                    model, card.name, card.architecture, ", ".join(card.channel_names)))
        expected = card.auxiliary_channels
        if len(layers) != len(expected):
            names = ", ".join(channel["name"] for channel in expected) or self.tr("none")
            raise QgsProcessingException(self.tr(
                "The model {} takes {} further auxiliary layer(s) ({}), in this order; {} were given. "
                "Give the layers its card lists, or another model file.").format(
                    card.id, len(expected), names, len(layers)))
        sources = []
        for layer, channel in zip(layers, expected):
            if channel["name"].lower() not in layer.name().lower():
                feedback.pushInfo(self.tr("Further auxiliary layer '{}' is used as the model's channel '{}' "
                                          "({}).").format(layer.name(), channel["name"], channel["description"]))
            sources.append(self.layer_source(layer))
        return model, sources

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.deep.downscale import downscale
        lst = self.lst_source(parameters, context)
        ndvi = self.ndvi_input(parameters, context)
        model, auxiliary = self.model_and_auxiliary(parameters, context, feedback)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = self.run_core(downscale, feedback, model, lst, ndvi, output,
                               self.deep_options(parameters, context), auxiliary=auxiliary)
        feedback.pushInfo(self.tr("Ran on {}; scale factor {}; output pixel {:.4g}.").format(
            result.device, result.factor, result.output_resolution))
        if result.resampled_auxiliary:
            feedback.pushInfo(self.tr(
                "The LST / NDVI pixel-size ratio is not the model's factor: the NDVI was resampled to "
                "1/{} of the LST pixel size, which is the output resolution.").format(result.factor))
        self.load_as_heat_map(output, context, self.wants_celsius(parameters, context))
        return {self.OUTPUT: output}

"""Train a downscaling network on the user's own scenes, from Processing."""

import json

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..base import LstAlgorithm


class TrainNetworkAlgorithm(LstAlgorithm):
    group_id = "training"
    requirements = ("rasterio", "torch")

    LST_LAYERS = "LST_LAYERS"
    NDVI_LAYERS = "NDVI_LAYERS"
    AUXILIARY = "AUXILIARY"
    AUXILIARY_NAMES = "AUXILIARY_NAMES"
    RECIPE = "RECIPE"
    EPOCHS = "EPOCHS"
    STEPS_PER_EPOCH = "STEPS_PER_EPOCH"
    PATCH_SIZE = "PATCH_SIZE"
    BATCH_SIZE = "BATCH_SIZE"
    SEED = "SEED"

    def name(self):
        return "train_network"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Train a downscaling network")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Trains a network that downscales LST by 4 on your own scenes, and writes a model file "
            "(a .json card, the .pt weights beside it) that the deep downscaling algorithms run through "
            "their <b>Model file</b> parameter.</p>"
            "<p><b>Scenes</b>: a list of coarse LST layers and a list of fine NDVI layers of the same "
            "length, paired by order. <b>Further auxiliary layers</b> (optional: a DEM, an albedo, land "
            "cover...): the same number k for every scene, given scene by scene — the k layers of scene "
            "1, then the k layers of scene 2, and so on, always in the same order. The model then expects "
            "k further auxiliary layers, in that order, when it runs. Fine layers are resampled to a "
            "quarter of the LST pixel when their pixel is not.</p>"
            "<p><b>Recipe</b>: the residual U-Net of Ait-Bachir et al. (2025), self-supervised as "
            "SIF-CNN-SR2 or SR1 (no fine LST needed: the output degraded by the sensor PSF gives back the "
            "coarse LST) or supervised on degraded pairs as SC-UNet; or SRDA-Net (Ma et al. 2025), which "
            "learns one x2 step on the LST's own grid (its 2 x 2 block means as input, the fine layers "
            "block-averaged onto that grid) and runs it twice. Run the result with the algorithm of its "
            "architecture: <i>SRDA-Net</i> for the SRDA-Net recipe, a residual U-Net algorithm for the "
            "others.</p>"
            "<p>Every 8th scene is held out for validation (with a single scene, its bottom quarter); the "
            "weights of the epoch with the lowest validation loss are kept. The log gives the training "
            "and validation losses per epoch; Cancel stops between epochs. The same inputs and seed give "
            "the same weights on the same device.</p>")

    def recipe_choices(self):
        return [(self.tr("Residual U-Net, self-supervised (SIF-CNN-SR2 recipe)"), "sif_cnn_sr2"),
                (self.tr("Residual U-Net, self-supervised (SIF-CNN-SR1 recipe)"), "sif_cnn_sr1"),
                (self.tr("Residual U-Net, supervised on degraded pairs (SC-UNet recipe)"), "sc_unet"),
                (self.tr("SRDA-Net, one x2 step supervised on the LST's own block means, run twice"), "srda_net")]

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LST_LAYERS, self.tr("Coarse LST layers (one per scene)"), QgsProcessing.TypeRaster))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.NDVI_LAYERS, self.tr("Fine NDVI layers (one per scene, in the order of the LST layers)"),
            QgsProcessing.TypeRaster))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.AUXILIARY, self.tr("Further auxiliary layers (the same number per scene, scene by scene)"),
            QgsProcessing.TypeRaster, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.AUXILIARY_NAMES, self.tr("Names of the further auxiliary channels (comma-separated; empty: "
                                          "aux1, aux2...)"), optional=True))
        self.addParameter(self.enum_parameter(self.RECIPE, self.tr("Architecture and training recipe"),
                                              self.recipe_choices(), "sif_cnn_sr2"))
        self.addParameter(self.number(self.EPOCHS, self.tr("Epochs"), default=10, minimum=1, integer=True))
        self.addParameter(self.number(self.PATCH_SIZE, self.tr("Patch size (coarse LST pixels)"), default=32,
                                      minimum=8, integer=True))
        self.addParameter(self.number(self.BATCH_SIZE, self.tr("Batch size (patches per step)"), default=8,
                                      minimum=1, integer=True))
        self.addParameter(self.number(self.SEED, self.tr("Random seed"), default=0, minimum=0, integer=True))
        self.addParameter(self.device_parameter())
        self.addParameter(self.advanced(self.number(
            self.STEPS_PER_EPOCH, self.tr("Steps per epoch"), default=12, minimum=1, integer=True)))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Model file"), self.tr("Model card (*.json)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.ndvi import NdviBand
        from ...training.user import auxiliary_names, read_scene, train_model
        lst = self.layer_sources(parameters, self.LST_LAYERS, context)
        ndvi = self.layer_sources(parameters, self.NDVI_LAYERS, context)
        auxiliary = self.layer_sources(parameters, self.AUXILIARY, context)
        if not lst or len(lst) != len(ndvi):
            raise QgsProcessingException(self.tr(
                "{} coarse LST layers and {} fine NDVI layers were given: give one NDVI layer per LST layer, "
                "in the same order.").format(len(lst), len(ndvi)))
        if len(auxiliary) % len(lst):
            raise QgsProcessingException(self.tr(
                "{} further auxiliary layers were given for {} scenes: give the same number of layers for "
                "every scene, scene by scene.").format(len(auxiliary), len(lst)))
        per_scene = len(auxiliary) // len(lst)
        names_text = self.parameterAsString(parameters, self.AUXILIARY_NAMES, context) or ""
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        recipe = self.enum_value(parameters, self.RECIPE, context, self.recipe_choices())
        device = self.chosen_device(parameters, context)
        options = {name: self.parameterAsInt(parameters, key, context) for name, key in (
            ("epochs", self.EPOCHS), ("steps_per_epoch", self.STEPS_PER_EPOCH), ("size", self.PATCH_SIZE),
            ("batch_size", self.BATCH_SIZE), ("seed", self.SEED))}
        layers = {"lst": [s.path for s in lst], "ndvi": [s.path for s in ndvi],
                  "auxiliary": [s.path for s in auxiliary]}
        command = "processing.run('lst_downscaler:train_network', {})".format(json.dumps(dict(
            layers, auxiliary_names=names_text, recipe=recipe, device=device, **options)))
        with self.core_errors(feedback):
            names = auxiliary_names(names_text.split(","), per_scene)
            descriptions = {name: "further auxiliary layer {} of each scene (first scene: {})".format(
                i + 1, auxiliary[i].path) for i, name in enumerate(names)}
            scenes = []
            for index, (lst_source, ndvi_source) in enumerate(zip(lst, ndvi)):
                if feedback.isCanceled():
                    raise QgsProcessingException(self.tr("Canceled: no output was written."))
                scene_auxiliary = auxiliary[index * per_scene:(index + 1) * per_scene]
                scenes.append(read_scene(index, lst_source, NdviBand(ndvi_source), scene_auxiliary, names))
            feedback.pushInfo(self.tr("{} scenes read; channels: lst, ndvi{}.").format(
                len(scenes), "".join(", " + name for name in names)))
        card = self.run_core(train_model, feedback, scenes, output, recipe, device=device,
                             descriptions=descriptions, data=json.dumps(layers), command=command,
                             log=feedback.pushInfo, **options)
        feedback.pushInfo(self.tr("Wrote the model file {} (weights {}); best validation loss {:.5f}.").format(
            output, card.weights_file, card.training["validation_loss"]))
        return {self.OUTPUT: output}

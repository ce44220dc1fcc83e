"""Progressive self-training (after Shen et al. 2026): Landsat thermal band -> 30 m LST with the 30 m
reflectance, fine-tuned on the scene itself."""

from qgis.core import (QgsProcessingParameterBand, QgsProcessingParameterFile, QgsProcessingParameterRasterDestination,
                       QgsProcessingParameterRasterLayer)

from ...core.deep.registry import bundled_card
from ..base import LstAlgorithm

MODEL_ID = "progressive_landsat"
PAPER = ("Shen et al. (2026), progressive self-training for Landsat LST downscaling to 30 m without fine truth "
         "(arXiv 2603.29478)")


class ProgressiveLandsatAlgorithm(LstAlgorithm):
    group_id = "downscaling"
    requirements = ("rasterio", "torch")

    REFLECTANCE = "REFLECTANCE"
    BANDS = ("BLUE_BAND", "GREEN_BAND", "RED_BAND", "NIR_BAND", "SWIR1_BAND", "SWIR2_BAND")
    NATIVE_RESOLUTION = "NATIVE_RESOLUTION"
    STEPS = "STEPS"
    SEED = "SEED"
    THREADS = "THREADS"
    TILE_SIZE = "TILE_SIZE"
    MODEL_FILE = "MODEL_FILE"

    def name(self):
        return MODEL_ID

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("Progressive self-training (deep, Landsat to 30 m)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Downscales a Landsat thermal layer (surface temperature or brightness temperature, in "
            "kelvin) to the 30 m grid of a reflectance layer, after {}. No fine LST is needed.</p>"
            "<p>A thermal layer delivered at 30 m is first brought back to the band's native resolution "
            "(<b>Native resolution</b>: Landsat 8/9 TIRS 100 m, Landsat 4/5 TM 120 m, Landsat 7 ETM+ "
            "60 m) by energy-conserving block means of T<sup>4</sup>; a coarser layer is used as it is. A "
            "cross-modal network (a thermal branch for the LST, an optical branch for the six reflectance "
            "bands, NDVI, NDBI and MNDWI, a gate that decides where optical detail passes) then runs in "
            "three stages: stage 0, the bundled weights, learnt to bring the LST back from 2, 3 and 4 times "
            "coarser; stage 1 predicts 30 m pseudo-labels, corrects each so that its T<sup>4</sup> block "
            "means equal the observed LST, and fine-tunes the network on them with a consistency loss "
            "against the observed LST; stage 2 repeats with fresh pseudo-labels and drops the pixels whose "
            "correction was large. The output is corrected the same way: its T<sup>4</sup> block means "
            "equal the observed LST (within 0.05 K).</p>"
            "<p>The fine-tuning samples random crops: its time grows with <b>Fine-tuning steps per "
            "stage</b>, not with the scene size (0: stage 0 alone). Seeded: the same inputs and seed give "
            "the same output on the same device. The scene waits in temporary files (about 44 bytes per "
            "30 m pixel of disk: 2.7 GB for a full 7800 x 7800 scene), so memory holds a row of the "
            "network's tiles, not the scene.</p>"
            "<p>Reflectance: surface reflectance (the reflectance output of <i>Prepare Landsat Collection "
            "2 Level-2 scene</i>) or top-of-atmosphere reflectance (<i>Prepare Landsat Level-1 thermal "
            "band</i>), 0-1, with the band of each role chosen below. <b>Stage-0 model file</b>: a stage 0 "
            "trained with <code>python -m lst_downscaler.training --model progressive_landsat</code> on other "
            "scenes (its .json card, the .pt weights beside it).</p>").format(PAPER) + self.weights_help()

    def weights_help(self):
        card = bundled_card(MODEL_ID)
        if card is None:
            return self.tr("<p>The weights of this model are missing from the plugin.</p>")
        text = self.tr("<p>Bundled stage 0: {} parameters, trained on {}. Command: <code>{}</code>.").format(
            card.parameters, card.training["data"], card.training["command"])
        loop = (card.accuracy or {}).get("landsat_closed_loop")
        if loop:
            text += self.tr(" Closed loop 300 m -> 30 m compared at 90 m, each scene with the weights of the "
                            "other scenes: RMSE {:.2f} of bicubic's on average ({}).").format(
                loop["ratio_to_bicubic"], loop["scenes"])
        return text + "</p>"

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.raster_parameters(self.LST, self.tr("Landsat thermal layer (K)")):
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.REFLECTANCE, self.tr("Reflectance layer, 30 m (0-1)")))
        labels = (self.tr("Blue band"), self.tr("Green band"), self.tr("Red band"), self.tr("NIR band"),
                  self.tr("SWIR 1 band"), self.tr("SWIR 2 band"))
        for number, (name, label) in enumerate(zip(self.BANDS, labels), start=1):
            # optional with a default: QGIS 3.22 refuses a mandatory band parameter left unset
            self.addParameter(QgsProcessingParameterBand(name, label, defaultValue=number,
                                                         parentLayerParameterName=self.REFLECTANCE, optional=True))
        for parameter in self.raster_parameters(self.NDVI, self.tr("NDVI layer (empty: from red and NIR)"),
                                                optional=True):
            self.addParameter(parameter)
        self.addParameter(self.number(self.NATIVE_RESOLUTION, self.tr(
            "Native resolution of the thermal band (m), when the layer is delivered on the reflectance grid"),
            default=100, minimum=1))
        self.addParameter(self.number(self.STEPS, self.tr("Fine-tuning steps per stage (0: stage 0 alone)"),
                                      default=100, minimum=0, integer=True))
        self.addParameter(self.device_parameter())
        self.addParameter(self.units_parameter())
        for parameter in self.lst_calibration_parameters() + [
            self.cuda_device_parameter(),
            self.number(self.SEED, self.tr("Random seed of the fine-tuning"), default=0, minimum=0, integer=True),
            self.number(self.THREADS, self.tr("CPU threads (0: PyTorch's default)"), default=0, minimum=0,
                        integer=True),
            self.number(self.TILE_SIZE, self.tr("Tile size (pixels, multiple of 8)"), default=512, minimum=128,
                        integer=True),
            QgsProcessingParameterFile(self.MODEL_FILE, self.tr("Stage-0 model file (empty: bundled)"),
                                       extension="json", optional=True),
        ]:
            self.addParameter(self.advanced(parameter))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Downscaled LST (30 m)")))

    def reflectance_sources(self, parameters, context):
        import dataclasses
        source = self.band_source(parameters, self.REFLECTANCE, context)
        return [dataclasses.replace(source, band=self.parameterAsInt(parameters, name, context))
                for name in self.BANDS]

    def options(self, parameters, context):
        from ...core.deep.progressive import ProgressiveOptions
        return ProgressiveOptions(
            native_resolution=self.parameterAsDouble(parameters, self.NATIVE_RESOLUTION, context),
            steps=self.parameterAsInt(parameters, self.STEPS, context), device=self.chosen_device(parameters, context),
            threads=self.parameterAsInt(parameters, self.THREADS, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            tile=self.parameterAsInt(parameters, self.TILE_SIZE, context) // 8 * 8,
            celsius=self.wants_celsius(parameters, context))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.deep.progressive import progressive_downscale
        options = self.options(parameters, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = self.run_core(progressive_downscale, feedback, self.lst_source(parameters, context),
                               self.reflectance_sources(parameters, context), output, options,
                               ndvi_source=self.band_source(parameters, self.NDVI, context),
                               model_id=self.parameterAsFile(parameters, self.MODEL_FILE, context) or MODEL_ID,
                               log=feedback.pushInfo)
        if result.aggregated:
            feedback.pushInfo(self.tr("The thermal layer was on the reflectance grid: brought to its native "
                                      "resolution ({} x {} pixels).").format(result.factor, result.factor))
        feedback.pushInfo(self.tr(
            "Ran on {}; scale factor {}; fine-tuning {:.1f} s; largest block energy error against the observed "
            "LST: {:.3f} K.").format(result.device, result.factor, result.fine_tuning_seconds,
                                     result.conservation_max_abs))
        self.load_as_heat_map(output, context, options.celsius)
        return {self.OUTPUT: output}

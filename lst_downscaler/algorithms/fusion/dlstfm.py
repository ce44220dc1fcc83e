"""DLSTFM (after Jin et al. 2026): deep spatiotemporal fusion of one base pair and a coarse LST at t2."""

from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterRasterDestination

from ...core.deep.registry import bundled_card
from .base import FusionAlgorithm

MODEL_ID = "dlstfm"


class DlstfmAlgorithm(FusionAlgorithm):
    THREADS = "THREADS"
    TILE_SIZE = "TILE_SIZE"
    ENERGY_CORRECTION = "ENERGY_CORRECTION"

    requirements = ("rasterio", "torch")

    def name(self):
        return "dlstfm"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("DLSTFM (deep, one base pair)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Predicts the fine land surface temperature (LST) at a date t2 from a fine LST and a "
            "coarse LST at a base date t1 and the coarse LST at t2 with a small deep network after "
            "DLSTFM, Jin et al. (2026): a dual-temporal branch (the three layers and their differences), "
            "a multi-source branch (the fine layer against each coarse layer), spatially adaptive "
            "feature modulation (SAFM, Sun et al. 2023) for multi-scale fusion, and a "
            "temperature-adaptive correction (TCM) that gives each pixel a scale of its fine detail at "
            "t1 and a shift: F2 = C2 + scale x (F1 - C1) + shift. The full text of the paper was not "
            "available: this is a re-implementation from its abstract, not the authors' network.</p>"
            "<p>An energy-consistency correction then makes the T<sup>4</sup> block means of the output "
            "equal to the coarse LST at t2 (a smooth residual, no blocks), unless it is unticked.</p>"
        ) + self.weights_help() + self.input_help() + self.bias_help()

    def weights_help(self):
        card = bundled_card(MODEL_ID)
        if card is None:
            return self.tr("<p>The weights of this model are missing from the plugin.</p>")
        training = card.training
        text = self.tr(
            "<p>Bundled weights ({} parameters): trained on real ECOSTRESS LST of Los Angeles (~70 m, "
            "2023), the coarse sensor simulated by aggregating each granule by {} (~1 km), on {} ordered "
            "pairs of dates; the dates {} were held out. Command: <code>{}</code>.").format(
                card.parameters, card.scale_factor, training["training_pairs"],
                ", ".join(training["held_out_dates"]), training["command"])
        bench = (card.accuracy or {}).get("bench_ecostress_held_out_pairs")
        if bench:
            text += self.tr(
                " Measured on the {} held-out pairs (512 x 512 crops, bench/fusion.py): RMSE {:.3f} K, "
                "against {:.3f} K for the fine LST at t1 plus the cubic coarse change and {:.3f} K for "
                "STARFM.").format(bench["pairs"], bench["DLSTFM"], bench["fine t1 + cubic change"], bench["STARFM"])
        yanco = (card.accuracy or {}).get("bench_yanco")
        if yanco:
            text += self.tr(
                " At Yanco (real Landsat and MODIS, factor 10) the energy correction made it worse: unbiased "
                "RMSE {:.2f} K with it, {:.2f} K without, {:.2f} K for STARFM. Untick it when the coarse "
                "sensor does not see the energy that the fine one does (a bias between the sensors, a "
                "footprint wider than the coarse pixel).").format(
                    yanco["DLSTFM"]["ubrmse"], yanco["DLSTFM, no energy correction"]["ubrmse"],
                    yanco["STARFM"]["ubrmse"])
        return text + self.tr(" Other sensors, places and scale factors have not been trained on.</p>")

    def initAlgorithm(self, config=None):  # noqa: N802 (QGIS API)
        for parameter in self.pair_parameters(self.FINE_T1, self.COARSE_T1, self.COARSE_T2):
            self.addParameter(parameter)
        self.addParameter(self.units_parameter())
        self.addParameter(self.device_parameter())
        self.addParameter(QgsProcessingParameterBoolean(
            self.ENERGY_CORRECTION, self.tr("Energy-consistency correction against the coarse LST at t2"),
            defaultValue=True))
        self.addParameter(self.bias_parameter())
        for parameter in (
            self.cuda_device_parameter(),
            self.number(self.THREADS, self.tr("CPU threads (0: PyTorch's default)"), default=0, minimum=0,
                        integer=True),
            self.number(self.TILE_SIZE, self.tr("Tile size (pixels, multiple of 8)"), default=768, minimum=256,
                        integer=True),
            self.number(self.SCALE_FACTOR, self.tr("Scale factor (0: coarse pixel size / fine pixel size)"),
                        default=0, minimum=0, integer=True),
        ):
            self.addParameter(self.advanced(parameter))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Fine LST at t2")))

    def options(self, parameters, context):
        from ...core.deep.fusion import DlstfmOptions
        device = self.chosen_device(parameters, context)
        return DlstfmOptions(
            device=device, threads=self.parameterAsInt(parameters, self.THREADS, context),
            tile=self.parameterAsInt(parameters, self.TILE_SIZE, context) // 8 * 8,
            energy_correction=self.parameterAsBoolean(parameters, self.ENERGY_CORRECTION, context),
            bias_correction=self.parameterAsBoolean(parameters, self.BIAS_CORRECTION, context),
            factor=self.parameterAsInt(parameters, self.SCALE_FACTOR, context) or None,
            celsius=self.wants_celsius(parameters, context))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        from ...core.deep.fusion import dlstfm
        fine_t1, coarse_t1, coarse_t2 = self.sources(parameters, context, self.FINE_T1, self.COARSE_T1,
                                                     self.COARSE_T2)
        options = self.options(parameters, context)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        result = self.run_core(dlstfm, feedback, fine_t1, coarse_t1, coarse_t2, output, options)
        feedback.pushInfo(self.tr(
            "Ran on {}; scale factor {}; {} output pixels predicted; largest block energy error against "
            "the coarse LST at t2: {:.3f} K.").format(result.device, result.factor, result.valid_pixels,
                                                     result.conservation_max_abs))
        self.report_bias(result, feedback)
        self.load_as_heat_map(output, context, options.celsius)
        return {self.OUTPUT: output}

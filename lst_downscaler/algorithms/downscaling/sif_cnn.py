"""SIF-CNN-SR1 and SIF-CNN-SR2: scale-invariance-free CNN super-resolution of MODIS LST."""

from .deep_downscaling import DeepDownscalingAlgorithm

PAPER = ("Ait-Bachir, Michel, Ferrari et al. (2025), <i>Land Surface Temperature Super-Resolution "
         "with a Scale-Invariance-Free Neural Approach: Application to MODIS</i>")


class SifCnnSr1Algorithm(DeepDownscalingAlgorithm):
    model_id = "sif_cnn_sr1"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("SIF-CNN-SR1 (deep, x4)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Downscales a coarse LST layer by 4 with a fine NDVI layer using a small residual "
            "U-Net, after {}.</p><p>The network was trained without any fine-resolution truth: its "
            "loss asks that the output, degraded by the sensor's PSF, gives back the coarse LST "
            "(weight 0.99) and that its Sobel gradients follow -0.5 times those of the NDVI "
            "(weight 0.01). It needs no assumption that the LST-NDVI relation is the same across "
            "scales.</p><p>Trained on MODIS 1 km -> 250 m; other LST / NDVI pixel-size ratios are "
            "handled by resampling the NDVI to a quarter of the LST pixel. Runs on CPU or CUDA, by "
            "overlapping tiles blended without seams.</p>").format(PAPER) + self.model_card_help()


class SifCnnSr2Algorithm(DeepDownscalingAlgorithm):
    model_id = "sif_cnn_sr2"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("SIF-CNN-SR2 (deep, x4)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Downscales a coarse LST layer by 4 with a fine NDVI layer using a small residual "
            "U-Net, after {}.</p><p>As SIF-CNN-SR1, trained without fine truth, but the detail term "
            "of its loss compares high-pass filtered images (image minus its Gaussian low-pass): "
            "the output's high frequencies follow -0.25 times those of the NDVI (weight 0.5 in the "
            "released configuration).</p><p>Trained on MODIS 1 km -> 250 m; other ratios are handled "
            "by resampling the NDVI. Runs on CPU or CUDA, by overlapping tiles blended without "
            "seams.</p>").format(PAPER) + self.model_card_help()

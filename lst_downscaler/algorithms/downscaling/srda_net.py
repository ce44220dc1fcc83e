"""SRDA-Net: stepwise x2 downscaling with attention over auxiliary layers (Ma et al. 2025)."""

from .deep_downscaling import DeepDownscalingAlgorithm


class SrdaNetAlgorithm(DeepDownscalingAlgorithm):
    model_id = "srda_net"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("SRDA-Net (deep, x2 twice: 1 km -> 500 m -> 250 m)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Downscales a coarse LST layer in two x2 steps (MODIS 1 km -> 500 m -> 250 m) with a fine "
            "NDVI layer, after Ma et al. (2025), <i>SRDA-Net</i>: at each step the LST of the step "
            "before, upsampled bicubically, and the NDVI averaged onto the step's grid go through two "
            "stems, a cross-attention of the LST features over the auxiliary ones (GCA), multi-scale "
            "depthwise convolutions with channel attention (MSCA) and residual refinement groups (MFRM), "
            "and a pixel-shuffle x2 tail corrects the bicubic LST.</p><p>No code of the paper is public: "
            "this network follows its published design at a size that runs on a CPU. Its loss is "
            "degradation consistency, Charbonnier and multi-scale SSIM with weights learned as "
            "uncertainties. The output pixel is a quarter of the LST pixel; the NDVI is resampled to "
            "each step's grid. Runs on CPU or CUDA, by overlapping tiles blended without "
            "seams.</p>") + self.model_card_help()

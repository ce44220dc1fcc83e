"""SC-UNet: the same U-Net trained with full supervision on degraded pairs."""

from .deep_downscaling import DeepDownscalingAlgorithm
from .sif_cnn import PAPER


class ScUnetAlgorithm(DeepDownscalingAlgorithm):
    model_id = "sc_unet"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("SC-UNet (deep, x4, scale-invariance baseline)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Downscales a coarse LST layer by 4 with a fine NDVI layer using the residual U-Net of "
            "{}, trained with full supervision on degraded pairs: the 4 x 4 block means of the real 1 km "
            "MODIS LST (upsampled back) with the NDVI averaged to 1 km as input, the real 1 km LST as "
            "target. Block means, not the sensor's Gaussian PSF: a network that learns to undo that "
            "blur sharpens real, far less blurred, 1 km LST into artefacts.</p><p>Applied at 1 km -> 250 m it assumes that the relation learnt one scale "
            "up holds one scale down (scale invariance), the assumption SIF-CNN avoids. Runs on CPU "
            "or CUDA, by overlapping tiles blended without seams.</p>").format(PAPER) + self.model_card_help()

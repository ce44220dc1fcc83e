"""SIF-CNN-SR2: scale-invariance-free CNN super-resolution of MODIS LST.

The paper's SR1 variant (Sobel gradient loss) is not offered: trained here, it was worse than
bicubic upsampling against ASTER in every configuration measured (README, Deep models). Its
recipe stays available for training (``core.deep.tasks.BUNDLED``).
"""

from .deep_downscaling import DeepDownscalingAlgorithm

PAPER = ("Ait-Bachir, Michel, Ferrari et al. (2025), <i>Land Surface Temperature Super-Resolution "
         "with a Scale-Invariance-Free Neural Approach: Application to MODIS</i>")


class SifCnnSr2Algorithm(DeepDownscalingAlgorithm):
    model_id = "sif_cnn_sr2"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("SIF-CNN-SR2 (deep, x4)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Downscales a coarse LST layer by 4 with a fine NDVI layer using a small residual "
            "U-Net, after {}.</p><p>The network was trained without any fine-resolution truth: its "
            "loss asks that the output, degraded by the sensor's PSF, gives back the coarse LST, and "
            "that its high frequencies (the image minus its Gaussian low-pass) follow -0.25 times "
            "those of the NDVI (weight 0.5 each, the released configuration). It needs no "
            "assumption that the LST-NDVI relation is the same across scales.</p><p>The paper's "
            "other variant, SIF-CNN-SR1 (Sobel gradients), is not offered: trained here, it made "
            "maps worse than bicubic upsampling against ASTER in every configuration measured. "
            "Its recipe remains in <i>Train a downscaling network</i>.</p><p>Trained on MODIS 1 km "
            "-> 250 m; other LST / NDVI pixel-size ratios are handled by resampling the NDVI to a "
            "quarter of the LST pixel. Runs on CPU or CUDA, by overlapping tiles blended without "
            "seams.</p>").format(PAPER) + self.model_card_help()

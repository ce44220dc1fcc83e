"""SRDA-Net: MODIS LST 1 km -> 500 m -> 250 m in two x2 steps with auxiliary layers."""

from .deep_downscaling import DeepDownscalingAlgorithm

PAPER = ("Ma et al. (2025), SRDA-Net, stepwise downscaling of MODIS LST (closed-loop 2 km -> 1 km MAE "
         "0.93 K, R² 0.95, as published); no code is public, so this network follows the published "
         "design at a size that runs on CPU")


class SrdaNetAlgorithm(DeepDownscalingAlgorithm):
    model_id = "srda_net"

    def displayName(self):  # noqa: N802 (QGIS API)
        return self.tr("SRDA-Net (deep, x2 twice: 1 km -> 500 m -> 250 m)")

    def shortHelpString(self):  # noqa: N802 (QGIS API)
        return self.tr(
            "<p>Downscales a coarse LST layer by 4 in two x2 steps (MODIS 1 km -> 500 m -> 250 m) with "
            "a fine NDVI layer (or red and NIR reflectance) and any further auxiliary layers, after {}. "
            "Each step runs the same network on its own grid: the LST of the step before, bicubic-"
            "upsampled, and the auxiliary layers block-averaged onto the step's grid; cross-attention "
            "of the LST over the auxiliary features (GCA), multi-scale depthwise convolutions with "
            "channel attention (MSCA), residual refinement (MFRM) and a pixel-shuffle x2 tail correct "
            "the bicubic LST.</p><p>The bundled weights take the NDVI only: they learnt a real 2 km -> "
            "1 km closed loop (the 2 x 2 block means of the 1 km MODIS LST as input, the 1 km LST as "
            "target) on MODIS patches of 2020, and are applied one and two scales down. A model trained "
            "with <i>Train a downscaling network</i> (SRDA-Net recipe) on your own layers, e.g. with a "
            "DEM or an albedo, runs through <b>Model file</b> and <b>Further auxiliary layers</b>.</p>"
            "<p>Other LST / NDVI pixel-size ratios than 4 are handled by resampling the NDVI to a "
            "quarter of the LST pixel. Runs on CPU or CUDA, by overlapping tiles blended without "
            "seams.</p>").format(PAPER) + self.model_card_help()

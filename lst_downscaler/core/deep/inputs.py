"""What the network sees: z-scored bicubic LST and NDVI on the fine grid."""

import numpy as np


def network_inputs(bicubic, ndvi, norm):
    """(2, H, W) float32 inputs; missing NDVI becomes the training mean (0 once z-scored)."""
    valid = np.isfinite(ndvi)
    return np.stack([(bicubic - norm["lst_mean"]) / norm["lst_std"],
                     np.where(valid, (ndvi - norm["ndvi_mean"]) / norm["ndvi_std"], 0)]).astype(np.float32)


def to_kelvin(z, norm):
    return z * norm["lst_std"] + norm["lst_mean"]

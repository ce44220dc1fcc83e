"""What the network sees: the channels its card lists, z-scored, on the fine grid."""

import numpy as np

from .registry import LST


def network_inputs(channels, layers):
    """(N, H, W) float32 inputs, one per channel of the card in its order; ``layers`` maps each
    channel name to its array in physical units ("lst": the bicubic-upsampled LST). Missing values
    of the other layers become their training mean (0 once z-scored)."""
    planes = []
    for channel in channels:
        values = layers[channel["name"]]
        z = (values - channel["mean"]) / channel["std"]
        planes.append(z if channel["name"] == LST else np.where(np.isfinite(values), z, 0))
    return np.stack(planes).astype(np.float32)


def z_score(lst, channels):
    """The LST in the units of the network's output (the card's lst channel)."""
    lst_channel = channels[0]
    return ((lst - lst_channel["mean"]) / lst_channel["std"]).astype(np.float32)


def to_kelvin(z, channels):
    lst_channel = channels[0]
    return z * lst_channel["std"] + lst_channel["mean"]

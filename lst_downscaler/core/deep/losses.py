"""Training losses of the SIF-CNN family (Ait-Bachir et al. 2025).

Scale-invariance-free (SIF) loss, no fine truth needed:
``L = a * J(H(out), T_coarse) + (1 - a) * J(G(out), g * G(NDVI))`` with J the Huber
loss, H the sensor degradation and G a detail operator: Sobel gradients (SR1) or a
high-pass (SR2). All images are z-scored.
"""

from dataclasses import dataclass

import torch
from torch.nn import functional as F

from .degradation import degrade, gaussian_blur

SOBEL = torch.tensor([
    [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],      # horizontal gradient
    [[-1, -2, -1], [0, 0, 0], [1, 2, 1]],      # vertical gradient
    [[0, 1, 2], [-1, 0, 1], [-2, -1, 0]],      # 45 degrees
    [[-2, -1, 0], [-1, 0, 1], [0, 1, 2]],      # 135 degrees
], dtype=torch.float32).unsqueeze(1) / 8


def sobel(x):
    """Four directional Sobel responses (N, 4, H, W) of a one-channel image."""
    return F.conv2d(F.pad(x, (1, 1, 1, 1), mode="replicate"), SOBEL.to(x.device, x.dtype))


def high_pass(x, sigma):
    return x - gaussian_blur(x, sigma)


@dataclass(frozen=True)
class SifLoss:
    """The SIF loss; ``detail`` is "sobel" (SR1) or "highpass" (SR2)."""

    detail: str
    alpha: float
    gamma: float
    factor: int = 4
    highpass_sigma: float = 2.7

    def detail_of(self, x):
        return sobel(x) if self.detail == "sobel" else high_pass(x, self.highpass_sigma)

    def __call__(self, output, lst_coarse, coarse_valid, ndvi, fine_valid):
        degraded = degrade(output, self.factor)
        consistency = masked_huber(degraded, lst_coarse, coarse_valid)
        detail = masked_huber(self.detail_of(output), self.gamma * self.detail_of(ndvi), fine_valid)
        return self.alpha * consistency + (1 - self.alpha) * detail


def masked_huber(prediction, target, valid):
    """Huber loss over valid pixels (``valid`` broadcast over channels)."""
    valid = valid.expand_as(prediction)
    if not valid.any():
        return prediction.sum() * 0
    return F.huber_loss(prediction[valid], target[valid])

"""Training losses of the SIF-CNN family (Ait-Bachir et al. 2025).

Scale-invariance-free (SIF) loss, no fine truth needed:
``L = a * J(H(out), T_coarse) + (1 - a) * J(G(out), g * G(NDVI))`` with J the Huber
loss, H the sensor degradation and G a detail operator: Sobel gradients (SR1) or a
high-pass (SR2). All images are z-scored.
"""

from dataclasses import dataclass

import torch
from torch.nn import functional as F

from .degradation import aggregate, degrade, gaussian_blur

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


# --- SRDA-Net (Ma et al. 2025): degradation + Charbonnier + multi-scale SSIM, adaptive weights ---

def charbonnier(prediction, target, valid, epsilon=1e-3):
    """Charbonnier loss sqrt((p - t)^2 + e^2), a smooth L1, over valid pixels."""
    valid = valid.expand_as(prediction)
    if not valid.any():
        return prediction.sum() * 0
    return torch.sqrt((prediction[valid] - target[valid]) ** 2 + epsilon ** 2).mean()


def _gaussian_window(x, size=7, sigma=1.5):
    offsets = torch.arange(size, dtype=x.dtype, device=x.device) - (size - 1) / 2
    weights = torch.exp(-0.5 * (offsets / sigma) ** 2)
    return weights / weights.sum()


def ssim_map(x, y, data_range=4.0, size=7):
    """Local SSIM (Wang et al. 2004) with a 7-pixel Gaussian window, replicate edges.
    ``data_range`` is in the units of the images (4 standard deviations of z-scored LST)."""
    w = _gaussian_window(x, size)
    pad = size // 2

    def blur(image):
        image = F.pad(image, (pad, pad, pad, pad), mode="replicate")
        image = F.conv2d(image, w.view(1, 1, 1, -1))
        return F.conv2d(image, w.view(1, 1, -1, 1))

    c1, c2 = (0.01 * data_range) ** 2, (0.03 * data_range) ** 2
    mx, my = blur(x), blur(y)
    vx, vy, cxy = blur(x * x) - mx ** 2, blur(y * y) - my ** 2, blur(x * y) - mx * my
    return ((2 * mx * my + c1) * (2 * cxy + c2)) / ((mx ** 2 + my ** 2 + c1) * (vx + vy + c2))


def ms_ssim_loss(prediction, target, valid, scales=3):
    """1 - the mean SSIM over ``scales`` dyadic scales (2x2 averages between scales), valid pixels
    only (a pixel is valid at a coarser scale when its whole block is). The mean of the scales
    rather than the product of powers of Wang et al. 2003: stable with z-scored (signed) data."""
    total = 0.0
    mask = valid.float()
    for scale in range(scales):
        if scale:
            prediction, target = F.avg_pool2d(prediction, 2), F.avg_pool2d(target, 2)
            mask = (F.avg_pool2d(mask, 2) > 0.999).float()
        ssim = ssim_map(prediction, target)
        total = total + (ssim * mask).sum() / mask.sum().clamp(min=1)
    return 1 - total / scales


class SrdaLoss(torch.nn.Module):
    """The SRDA-Net loss: degradation consistency (the block means of the output give back the
    coarse input, Huber), Charbonnier and multi-scale SSIM against the fine
    target where one exists, weighted by learned uncertainties (Kendall et al. 2018):
    ``sum_i L_i / (2 s_i^2) + log s_i``, with ``log s_i`` the trainable ``log_sigma``.

    Without a target (self-supervised scenes) only the degradation term counts.
    """

    TERMS = ("degradation", "charbonnier", "ms_ssim")

    def __init__(self, factor=2):
        super().__init__()
        self.factor = factor
        self.log_sigma = torch.nn.Parameter(torch.zeros(len(self.TERMS)))

    def terms(self, output, coarse, coarse_valid, target=None, fine_valid=None):
        """The unweighted terms, by name (Charbonnier and MS-SSIM only with a target)."""
        terms = {"degradation": masked_huber(aggregate(output, self.factor), coarse, coarse_valid)}
        if target is not None:
            terms["charbonnier"] = charbonnier(output, target, fine_valid)
            terms["ms_ssim"] = ms_ssim_loss(output, target, fine_valid)
        return terms

    def forward(self, output, coarse, coarse_valid, target=None, fine_valid=None):
        terms = self.terms(output, coarse, coarse_valid, target, fine_valid)
        total = 0
        for i, name in enumerate(self.TERMS):
            if name in terms:
                total = total + terms[name] * torch.exp(-2 * self.log_sigma[i]) / 2 + self.log_sigma[i]
        return total

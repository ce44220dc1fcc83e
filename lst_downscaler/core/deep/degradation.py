"""Sensor degradations: SIF-CNN's Gaussian PSF (MTF 0.1 at Nyquist) with decimation, and the
block mean that SRDA-Net's x2 steps learn with.

Why two: a network trained on inputs blurred by the Gaussian PSF learns to undo that blur (a
gain near 10 at Nyquist). Real MODIS 1 km LST is far sharper than its Gaussian-blurred 2 km
version, so such a network, applied to it at 500 m, amplified its pixel-scale detail into a
7.5 K RMS pattern. The block mean relates a real coarse pixel to the fine ones the same way
at every step, and is what the closed loops of the bench use.
"""

import math

import torch
from torch.nn import functional as F

from ..evaluation.aggregate import psf_sigma


def gaussian_kernel(factor, device=None, dtype=torch.float32):
    """Separable PSF weights of even length 3 * factor, centred on a block centre."""
    sigma = psf_sigma(factor)
    size = 3 * factor
    offsets = torch.arange(size, dtype=torch.float64) - (size - 1) / 2
    weights = torch.exp(-0.5 * (offsets / sigma) ** 2)
    return (weights / weights.sum()).to(device=device, dtype=dtype)


def degrade(fine, factor=4):
    """Coarse image (N, C, H/f, W/f) seen through the PSF: output pixel i is centred on fine block i.

    ``fine`` sides must be multiples of ``factor``; edges are replicated.
    """
    weights = gaussian_kernel(factor, fine.device, fine.dtype)
    pad = factor  # kernel of 3f taps starting f pixels before the block: centred on it
    channels = fine.shape[1]
    x = F.pad(fine, (pad, pad, pad, pad), mode="replicate")
    kernel_x = weights.view(1, 1, 1, -1).repeat(channels, 1, 1, 1)
    kernel_y = weights.view(1, 1, -1, 1).repeat(channels, 1, 1, 1)
    x = F.conv2d(x, kernel_x, stride=(1, factor), groups=channels)
    return F.conv2d(x, kernel_y, stride=(factor, 1), groups=channels)


def aggregate(fine, factor=2):
    """Coarse image (N, C, H/f, W/f): the mean of each ``factor`` x ``factor`` block."""
    return F.avg_pool2d(fine, factor)


def gaussian_blur(x, sigma):
    """Separable Gaussian low-pass with replicate edges (used by the SR2 high-pass loss)."""
    radius = max(1, math.ceil(3 * sigma))
    offsets = torch.arange(-radius, radius + 1, dtype=x.dtype, device=x.device)
    weights = torch.exp(-0.5 * (offsets / sigma) ** 2)
    weights = weights / weights.sum()
    channels = x.shape[1]
    x = F.pad(x, (radius, radius, radius, radius), mode="replicate")
    x = F.conv2d(x, weights.view(1, 1, 1, -1).repeat(channels, 1, 1, 1), groups=channels)
    return F.conv2d(x, weights.view(1, 1, -1, 1).repeat(channels, 1, 1, 1), groups=channels)

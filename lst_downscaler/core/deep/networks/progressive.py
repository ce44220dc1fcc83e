"""The cross-modal fusion network of progressive self-training (after Shen et al. 2026).

Two branches read the two modalities apart: a thermal branch the bicubic-upsampled LST, an
optical branch the reflectance bands and spectral indices. A gate computed from both decides,
per pixel and feature, how much optical detail passes (water, shade and bare soil relate
reflectance to temperature differently); dilated residual blocks then fuse them over about 40
fine pixels, and the head adds a correction to the input LST. Every operation is local and there
is no pooling, so the network runs on any crop or tile and any scale factor: the coarse LST
always arrives bicubic-upsampled onto the fine grid.
"""

import torch
from torch import nn


def conv3x3(in_channels, out_channels, dilation=1):
    return nn.Conv2d(in_channels, out_channels, 3, padding=dilation, dilation=dilation, padding_mode="replicate")


class DilatedBlock(nn.Module):
    """Two 3x3 convolutions (the first dilated) with GELU, added to their input."""

    def __init__(self, width, dilation):
        super().__init__()
        self.body = nn.Sequential(conv3x3(width, width, dilation), nn.GELU(), conv3x3(width, width))

    def forward(self, x):
        return x + self.body(x)


class ProgressiveNet(nn.Module):
    """Input (1 + optical channels, H, W), z-scored: the LST first. Output: the z-scored fine LST."""

    VERSION = 1
    #: No pooling: any size works; tiles stay multiples of 8 for the shared tiling.
    MULTIPLE = 8
    DILATIONS = (1, 2, 4, 8, 1)

    def __init__(self, in_channels=10, width=32):
        super().__init__()
        self.thermal = nn.Sequential(conv3x3(1, width), nn.GELU(), conv3x3(width, width))
        self.optical = nn.Sequential(nn.Conv2d(in_channels - 1, width, 1), nn.GELU(),
                                     conv3x3(width, width), nn.GELU(), conv3x3(width, width))
        self.gate = nn.Sequential(nn.Conv2d(2 * width, width, 1), nn.Sigmoid())
        self.merge = nn.Conv2d(2 * width, width, 1)
        self.fuse = nn.Sequential(*(DilatedBlock(width, d) for d in self.DILATIONS))
        self.head = conv3x3(width, 1)
        nn.init.zeros_(self.head.weight)
        nn.init.zeros_(self.head.bias)

    @classmethod
    def for_channels(cls, channels):
        return cls(in_channels=len(channels))

    def forward(self, x):
        lst = x[:, :1]
        thermal, optical = self.thermal(lst), self.optical(x[:, 1:])
        both = torch.cat([thermal, optical], dim=1)
        fused = self.merge(torch.cat([thermal, self.gate(both) * optical], dim=1))
        return lst + self.head(self.fuse(fused))

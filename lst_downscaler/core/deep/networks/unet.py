"""The residual U-Net shared by SIF-CNN-SR1, SIF-CNN-SR2 and SC-UNet (Ait-Bachir et al. 2025).

Input: two channels on the fine grid, the bicubic-upsampled LST and the NDVI, both
z-scored. Output: the z-scored fine LST, predicted as a correction of the input LST.
About 220 thousand parameters.
"""

import torch
from torch import nn
from torch.nn import functional as F

from ..inference import ConcatenatedConv2d


def conv3x3(in_channels, out_channels):
    return nn.Conv2d(in_channels, out_channels, 3, padding=1, padding_mode="replicate", bias=False)


class DoubleConv(nn.Sequential):
    """(3x3 convolution, batch norm, ReLU) twice."""

    def __init__(self, in_channels, out_channels):
        super().__init__(
            conv3x3(in_channels, out_channels), nn.BatchNorm2d(out_channels), nn.ReLU(inplace=True),
            conv3x3(out_channels, out_channels), nn.BatchNorm2d(out_channels), nn.ReLU(inplace=True))


class Down(nn.Module):
    """Average pooling by 2, a residual double convolution, a 3x3 projection to ``out_channels``."""

    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.body = DoubleConv(in_channels, in_channels)
        self.project = nn.Sequential(conv3x3(in_channels, out_channels), nn.BatchNorm2d(out_channels),
                                     nn.ReLU(inplace=True))

    def forward(self, x):
        x = F.avg_pool2d(x, 2)
        return self.project(x + self.body(x))


class Up(nn.Module):
    """Bilinear upsampling by 2, concatenation with the skip connection, a double convolution."""

    def __init__(self, in_channels, skip_channels, out_channels):
        super().__init__()
        self.in_channels = in_channels
        self.body = DoubleConv(in_channels + skip_channels, out_channels)

    def forward(self, x, skip):
        return self.body(torch.cat([_upsampled_to(x, skip), skip], dim=1))

    def for_inference(self):
        """The same block without the concatenated copy (see :class:`.inference.ConcatenatedConv2d`)."""
        return _InferenceUp(self)


class _InferenceUp(nn.Module):
    def __init__(self, up):
        super().__init__()
        self.merge = ConcatenatedConv2d(up.body[0], up.in_channels)
        self.rest = nn.Sequential(*list(up.body)[1:])

    def forward(self, x, skip):
        return self.rest(self.merge(_upsampled_to(x, skip), skip))


def _upsampled_to(x, skip):
    """``x`` upsampled bilinearly to the size of the skip connection."""
    return F.interpolate(x, size=skip.shape[-2:], mode="bilinear", align_corners=False)


class ResidualUNet(nn.Module):
    """Encoder 16-32-64-64, decoder 32-16-16; the output corrects the input LST channel."""

    #: The version its model cards name; a change of layers makes a new version.
    VERSION = 1
    #: Spatial size of the input must be a multiple of this (three poolings).
    MULTIPLE = 8

    def __init__(self, in_channels=2):
        super().__init__()
        self.stem = DoubleConv(in_channels, 16)
        self.down1, self.down2, self.down3 = Down(16, 32), Down(32, 64), Down(64, 64)
        self.up1, self.up2, self.up3 = Up(64, 64, 32), Up(32, 32, 16), Up(16, 16, 16)
        self.head = nn.Conv2d(16, 1, 3, padding=1, padding_mode="replicate")

    def forward(self, x):
        s0 = self.stem(x)
        s1 = self.down1(s0)
        s2 = self.down2(s1)
        s3 = self.down3(s2)
        y = self.up3(self.up2(self.up1(s3, s2), s1), s0)
        return x[:, :1] + self.head(y)

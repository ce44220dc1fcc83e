"""DLSTFM: deep spatiotemporal fusion of a fine and a coarse LST (after Jin et al. 2026).

Jin et al. (2026) fuse a Landsat LST at t1 with MODIS LSTs at t1 and t2 into a Landsat-like
LST at t2 with a dual-branch network (a dual-temporal branch and a multi-source branch),
SAFM modules for multi-scale fusion and a temperature-adaptive correction module (TCM).
The full text was not available: this is a small re-implementation from the abstract and
the SAFM paper (Sun et al. 2023), with the TCM as a per-pixel scale and shift:

    F2 = C2 + scale * (F1 - C1) + shift

(C1, C2: the coarse LSTs interpolated onto the fine grid). With scale 1 and shift 0 this is
the classic "fine t1 + coarse change"; the network learns where the fine detail of t1 grows,
shrinks or moves by t2. Inputs and output are in kelvin.

Every operation is local (3x3 convolutions, a layer norm over each pixel's channels, and
pooling by 2, 4, 8 whose upsampling is nearest), so overlapping tiles whose starts are multiples
of 8 give the whole image's values (within 0.002 K with an overlap of 64 pixels, measured).
"""

import torch
from torch import nn
from torch.nn import functional as F


class Safm(nn.Module):
    """Spatially adaptive feature modulation (Sun et al. 2023): the channels split in 4; part 0
    by a depthwise 3x3 at full size, part i pooled to 1/2^i, depthwise 3x3, upsampled; the
    parts joined by a 1x1 convolution, GELU, and the result multiplies the input."""

    LEVELS = 4

    def __init__(self, channels):
        super().__init__()
        self.part = channels // self.LEVELS
        self.depthwise = nn.ModuleList(nn.Conv2d(self.part, self.part, 3, padding=1, groups=self.part)
                                       for _ in range(self.LEVELS))
        self.join = nn.Conv2d(channels, channels, 1)

    def forward(self, x):
        size = x.shape[-2:]
        parts = []
        for level, (part, conv) in enumerate(zip(x.chunk(self.LEVELS, dim=1), self.depthwise)):
            if level == 0:
                parts.append(conv(part))
            else:
                pooled = F.max_pool2d(part, 2 ** level)
                parts.append(F.interpolate(conv(pooled), size=size, mode="nearest"))
        return x * F.gelu(self.join(torch.cat(parts, dim=1)))


class ChannelNorm(nn.Module):
    """Layer norm over the channels of each pixel (local, unlike a norm over the image)."""

    def __init__(self, channels, eps=1e-6):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(1, channels, 1, 1))
        self.bias = nn.Parameter(torch.zeros(1, channels, 1, 1))
        self.eps = eps

    def forward(self, x):
        # the fused layer norm over the last dimension of the (N, H, W, C) view: one pass instead of
        # the formula's six (on the runtime's channels-last tensors the view is contiguous, no copy)
        normed = F.layer_norm(x.permute(0, 2, 3, 1), x.shape[1:2], self.weight.reshape(-1), self.bias.reshape(-1),
                              self.eps)
        return normed.permute(0, 3, 1, 2)


class SafmBlock(nn.Module):
    """SAFM then a convolutional feed-forward (3x3 expand, GELU, 1x1), each with a residual."""

    def __init__(self, channels, expansion=2):
        super().__init__()
        self.norm1 = ChannelNorm(channels)
        self.safm = Safm(channels)
        self.norm2 = ChannelNorm(channels)
        self.feed = nn.Sequential(nn.Conv2d(channels, channels * expansion, 3, padding=1), nn.GELU(),
                                  nn.Conv2d(channels * expansion, channels, 1))

    def forward(self, x):
        x = x + self.safm(self.norm1(x))
        return x + self.feed(self.norm2(x))


def branch(in_channels, channels, blocks):
    return nn.Sequential(nn.Conv2d(in_channels, channels, 3, padding=1), nn.GELU(),
                         *(SafmBlock(channels) for _ in range(blocks)))


class Dlstfm(nn.Module):
    """(N, 3, H, W) kelvin [fine t1, coarse t1, coarse t2 on the fine grid] -> (N, H, W) fine t2,
    kelvin. ``mean`` and ``std`` (K) centre and scale the temperatures the network sees;
    differences are scaled by ``std`` only."""

    VERSION = 1
    MULTIPLE = 8  # pooling by up to 8: tiles must start on multiples of 8

    def __init__(self, mean=300.0, std=10.0, channels=24, branch_blocks=1, fusion_blocks=2):
        super().__init__()
        self.register_buffer("mean", torch.tensor(float(mean)))
        self.register_buffer("std", torch.tensor(float(std)))
        # Dual-temporal: the three layers and the differences across sensors and dates.
        self.dual_temporal = branch(5, channels, branch_blocks)
        # Multi-source: the fine layer against each coarse layer (what each sensor adds).
        self.multi_source = branch(3, channels, branch_blocks)
        self.fuse = nn.Conv2d(2 * channels, channels, 1)
        self.fusion = nn.Sequential(*(SafmBlock(channels) for _ in range(fusion_blocks)))
        self.tcm = TemperatureCorrection(channels)

    @classmethod
    def from_card(cls, card):
        lst = card.inputs[0]
        return cls(mean=lst["mean"], std=lst["std"], **card.training.get("hyperparameters", {}))

    def forward(self, x):
        f1, c1, c2 = x[:, 0:1], x[:, 1:2], x[:, 2:3]
        scaled = [(v - self.mean) / self.std for v in (f1, c1, c2)]
        detail, change = (f1 - c1) / self.std, (c2 - c1) / self.std
        temporal = self.dual_temporal(torch.cat(scaled + [detail, change], dim=1))
        sources = self.multi_source(torch.cat([scaled[0], detail, (f1 - c2) / self.std], dim=1))
        features = self.fusion(self.fuse(torch.cat([temporal, sources], dim=1)))
        scale, shift = self.tcm(features, torch.cat(scaled + [detail], dim=1))
        return (c2 + scale * (f1 - c1) + shift * self.std)[:, 0]


class TemperatureCorrection(nn.Module):
    """TCM: a per-pixel scale of the fine detail of t1 and a shift, from the fused features and
    the reference temperatures [F1, C1, C2, F1 - C1]. Starts as scale 1, shift 0."""

    def __init__(self, channels):
        super().__init__()
        self.head = nn.Sequential(nn.Conv2d(channels + 4, channels, 3, padding=1), nn.GELU(),
                                  nn.Conv2d(channels, 2, 1))
        nn.init.zeros_(self.head[-1].weight)
        nn.init.zeros_(self.head[-1].bias)

    def forward(self, features, references):
        out = self.head(torch.cat([features, references], dim=1))
        return 1.0 + out[:, 0:1], out[:, 1:2]

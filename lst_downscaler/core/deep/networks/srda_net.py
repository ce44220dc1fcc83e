"""SRDA-Net, one x2 step (Ma et al. 2025; design of ``METHODS.md`` section 4), small enough for CPU.

The published network downscales MODIS LST 1 km -> 500 m -> 250 m in two x2 steps with
auxiliary layers (reflectance, NDVI, NDWI, albedo, DEM, land cover...), attention modules
GCA and MSCA, a multi-feature refinement module MFRM, a pixel-shuffle tail and a global
bicubic skip. No code is public; this module follows the design of ``METHODS.md`` §4 at a
size that trains on two CPU cores (32 feature channels, about 150 thousand parameters
with one auxiliary channel). Every operation is local (no global pooling or attention),
so tiled inference with overlaps matches whole-scene inference.

Input (choice (a) of issue 9): ``1 + aux_channels`` channels on the *fine grid of the
step*, z-scored: the bicubic-upsampled coarse LST first, then the auxiliary layers
(block-averaged onto the step's grid). Like the residual U-Net, so the tiled runtime runs
it unchanged. The paper's spirit is kept by working on the coarse grid inside: both stems
start with a lossless pixel-unshuffle (space-to-depth by 2), every block runs at half
the fine resolution (4x cheaper), and a pixel-shuffle x2 tail returns to the fine grid,
where the result corrects the bicubic LST (global skip). The tail's last convolution
starts at zero, so an untrained network outputs the bicubic LST exactly.

Output: the z-scored fine LST (one channel).
"""

import torch
from torch import nn
from torch.nn import functional as F


def conv3x3(in_channels, out_channels, groups=1):
    return nn.Conv2d(in_channels, out_channels, 3, padding=1, padding_mode="replicate", groups=groups)


class SqueezeExcitation(nn.Module):
    """Channel attention (Hu et al. 2018): a bottleneck MLP with a sigmoid gate on the channel
    averages. The averages are taken over a ``window``-pixel square around each pixel (a
    separable box filter) rather than over the whole image, so that a tile gives the same
    result as the whole scene (tiled inference) whatever its size."""

    def __init__(self, channels, reduction=8, window=15):
        super().__init__()
        self.window = window
        self.gate = nn.Sequential(nn.Conv2d(channels, channels // reduction, 1), nn.GELU(),
                                  nn.Conv2d(channels // reduction, channels, 1), nn.Sigmoid())

    def forward(self, x):
        pad = self.window // 2
        mean = F.pad(x, (pad, pad, pad, pad), mode="replicate")
        mean = F.avg_pool2d(F.avg_pool2d(mean, (1, self.window), stride=1), (self.window, 1), stride=1)
        return x * self.gate(mean)

    def for_inference(self):
        """The same gate with the box mean taken after the first 1x1 convolution (see
        :class:`_ReducedSqueezeExcitation`)."""
        return _ReducedSqueezeExcitation(self)


class _ReducedSqueezeExcitation(nn.Module):
    """:class:`SqueezeExcitation` with its first 1x1 convolution before the box mean: both are
    linear and per channel or per pixel, so they commute (the bias passes through a mean), and
    the box mean runs on ``reduction`` times fewer channels, as two depthwise convolutions
    (on channels-last maps of a few channels, 10 times faster than average pooling). The same
    values to float rounding."""

    def __init__(self, excitation):
        super().__init__()
        self.squeeze, self.rest = excitation.gate[0], excitation.gate[1:]
        channels, window = self.squeeze.out_channels, excitation.window
        self.register_buffer("along_rows", torch.full((channels, 1, 1, window), 1 / window))
        self.register_buffer("along_columns", torch.full((channels, 1, window, 1), 1 / window))

    def forward(self, x):
        squeezed = self.squeeze(x)
        pad, channels = self.along_rows.shape[-1] // 2, squeezed.shape[1]
        mean = F.pad(squeezed, (pad, pad, pad, pad), mode="replicate")
        mean = F.conv2d(F.conv2d(mean, self.along_rows, groups=channels), self.along_columns, groups=channels)
        return x * self.rest(mean)


class Stem(nn.Module):
    """Pixel-unshuffle by 2 (the fine step grid to the coarse one, no information lost), then
    two 3x3 convolutions to ``channels`` features."""

    def __init__(self, in_channels, channels):
        super().__init__()
        self.body = nn.Sequential(nn.PixelUnshuffle(2), conv3x3(4 * in_channels, channels), nn.GELU(),
                                  conv3x3(channels, channels))

    def forward(self, x):
        return self.body(x)


class GuidedCrossAttention(nn.Module):
    """GCA: the LST features ask (queries) the auxiliary features (keys, values) where the
    detail is. Keys and values are averaged onto a ``reduction``-times coarser grid; each LST
    pixel attends over the 3x3 reduced cells around its own (a ``3 * reduction``-pixel
    neighbourhood), with ``heads`` heads. Local rather than global attention keeps the cost
    linear in the image size and lets tiled inference match untiled inference."""

    def __init__(self, channels, heads=4, reduction=4):
        super().__init__()
        self.heads, self.reduction = heads, reduction
        self.query = nn.Conv2d(channels, channels, 1)
        self.key_value = nn.Conv2d(channels, 2 * channels, 1)
        self.project = nn.Conv2d(channels, channels, 1)

    def forward(self, lst, aux):
        n, c, h, w = lst.shape
        r, heads = self.reduction, self.heads
        q = self.query(lst).view(n, heads, c // heads, 1, h, w)
        kv = self.key_value(F.avg_pool2d(aux, r, ceil_mode=True))
        hr, wr = kv.shape[-2:]
        kv = F.unfold(F.pad(kv, (1, 1, 1, 1), mode="replicate"), 3).view(n, 2 * c, 9, hr, wr)
        # every fine pixel sees the 9 reduced cells around the one it lies in
        kv = kv.repeat_interleave(r, dim=-2).repeat_interleave(r, dim=-1)[..., :h, :w]
        k, v = kv.view(n, 2, heads, c // heads, 9, h, w).unbind(1)
        attention = torch.softmax((q * k).sum(2, keepdim=True) / (c // heads) ** 0.5, dim=3)
        return self.project((attention * v).sum(3).view(n, c, h, w))

    def for_inference(self):
        """The same attention by cells (see :class:`_CellCrossAttention`)."""
        return _CellCrossAttention(self)


class _CellCrossAttention(nn.Module):
    """:class:`GuidedCrossAttention` computed cell by cell: the ``reduction`` x ``reduction``
    pixels of a reduced cell share its 9 keys and values, so their attention is one small
    matrix product per cell and head, instead of the keys and values repeated onto every
    pixel (9 times the features at full resolution, several copies of them: three quarters
    of the network's time on CPU). The same values to float rounding; sizes that are not a
    multiple of ``reduction`` take the training form."""

    def __init__(self, attention):
        super().__init__()
        self.attention = attention

    def forward(self, lst, aux):
        n, c, h, w = lst.shape
        module, r = self.attention, self.attention.reduction
        if h % r or w % r:
            return module(lst, aux)
        heads, d, hr, wr = module.heads, c // module.heads, h // r, w // r
        # queries: (n, heads, hr, wr, r * r, d), the pixels of each cell together
        q = module.query(lst).reshape(n, heads, d, hr, r, wr, r).permute(0, 1, 3, 5, 4, 6, 2)
        q = q.reshape(n, heads, hr, wr, r * r, d)
        kv = module.key_value(F.avg_pool2d(aux, r))
        kv = F.unfold(F.pad(kv, (1, 1, 1, 1), mode="replicate"), 3).view(n, 2, heads, d, 9, hr, wr)
        k, v = kv.permute(1, 0, 2, 5, 6, 3, 4).unbind(0)  # (n, heads, hr, wr, d, 9) each
        attention = torch.softmax(torch.matmul(q, k) / d ** 0.5, dim=-1)
        out = torch.matmul(attention, v.transpose(-1, -2))  # (n, heads, hr, wr, r * r, d)
        out = out.view(n, heads, hr, wr, r, r, d).permute(0, 1, 6, 2, 4, 3, 5).reshape(n, c, h, w)
        return module.project(out)


class MultiScaleChannelAttention(nn.Module):
    """MSCA: parallel depthwise 3x3, 5x5 and 7x7 convolutions (multi-scale context, as
    SegNeXt's convolutional attention, Guo et al. 2022), summed, mixed by a 1x1 convolution
    and gated by squeeze-excitation; the result multiplies the input (attention by
    convolution), with a residual connection."""

    def __init__(self, channels):
        super().__init__()
        self.branches = nn.ModuleList(
            nn.Conv2d(channels, channels, k, padding=k // 2, padding_mode="replicate", groups=channels)
            for k in (3, 5, 7))
        self.mix = nn.Conv2d(channels, channels, 1)
        self.channel_attention = SqueezeExcitation(channels)

    def forward(self, x):
        attention = self.channel_attention(self.mix(sum(branch(x) for branch in self.branches)))
        return x + x * attention


class ChannelAttentionBlock(nn.Module):
    """Residual channel-attention block (RCAB, Zhang et al. 2018): conv, GELU, conv, squeeze-excitation."""

    def __init__(self, channels):
        super().__init__()
        self.body = nn.Sequential(conv3x3(channels, channels), nn.GELU(), conv3x3(channels, channels),
                                  SqueezeExcitation(channels))

    def forward(self, x):
        return x + self.body(x)


class ResidualGroup(nn.Sequential):
    """``blocks`` channel-attention blocks and a 3x3 convolution, around a residual connection."""

    def __init__(self, channels, blocks):
        super().__init__(*(ChannelAttentionBlock(channels) for _ in range(blocks)), conv3x3(channels, channels))

    def forward(self, x):
        return x + super().forward(x)


class MultiFeatureRefinement(nn.Module):
    """MFRM: residual groups in sequence; the output of every group is kept and all are fused
    by a 1x1 convolution (features of several depths refine the result)."""

    def __init__(self, channels, groups, blocks):
        super().__init__()
        self.groups = nn.ModuleList(ResidualGroup(channels, blocks) for _ in range(groups))
        self.fuse = nn.Conv2d(groups * channels, channels, 1)

    def forward(self, x):
        outputs = []
        for group in self.groups:
            x = group(x)
            outputs.append(x)
        return self.fuse(torch.cat(outputs, dim=1))


class SrdaNet(nn.Module):
    """One x2 step of SRDA-Net: stems, GCA, fusion, MSCA, MFRM, pixel-shuffle x2 tail, bicubic skip."""

    #: The version its model cards name; a change of layers makes a new version.
    VERSION = 1
    #: Spatial size of the input must be a multiple of this (unshuffle by 2, then the GCA's 4x grid).
    MULTIPLE = 8

    def __init__(self, aux_channels=1, channels=32, groups=3, blocks=2, heads=4):
        super().__init__()
        self.aux_channels = aux_channels
        self.lst_stem = Stem(1, channels)
        self.aux_stem = Stem(aux_channels, channels)
        self.gca = GuidedCrossAttention(channels, heads)
        self.fuse = nn.Conv2d(2 * channels, channels, 1)
        self.msca = MultiScaleChannelAttention(channels)
        self.mfrm = MultiFeatureRefinement(channels, groups, blocks)
        self.tail = nn.Sequential(conv3x3(channels, channels), nn.GELU(), conv3x3(channels, 4), nn.PixelShuffle(2))
        nn.init.zeros_(self.tail[2].weight)
        nn.init.zeros_(self.tail[2].bias)

    @classmethod
    def for_channels(cls, channels):
        """A new network, of the default size, for a card's input channels (LST first)."""
        return cls(aux_channels=len(channels) - 1)

    @classmethod
    def from_card(cls, card):
        """The network a model card describes: the auxiliary channels are the inputs after the LST."""
        options = dict(card.training.get("hyperparameters", {}))
        options["aux_channels"] = len(card.inputs) - 1
        return cls(**options)

    def forward(self, x):
        lst, aux = x[:, :1], x[:, 1:]
        lst_features, aux_features = self.lst_stem(lst), self.aux_stem(aux)
        features = lst_features + self.gca(lst_features, aux_features)
        features = self.msca(self.fuse(torch.cat([features, aux_features], dim=1)))
        features = features + self.mfrm(features)
        return lst + self.tail(features)

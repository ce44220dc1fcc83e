"""A trained network made ready to run: batch norm folded into its convolutions, edge
replication without a padded copy, channels-last memory.

All leave the outputs unchanged (to float rounding, about 1e-6 of the values). On CPU,
oneDNN's convolutions run faster on channels-last tensors; a folded batch norm is one pass
less over every feature map; and a convolution with replicate padding normally copies its
whole input into a padded tensor first, which costs half as much as the convolution
itself (bench/results/deep_speed.md).
"""

import copy

import torch
from torch import nn
from torch.nn import functional as F


def for_inference(model):
    """A copy of ``model`` in eval mode, each batch norm that follows a convolution in a
    sequence folded into it, the blocks that have an inference form (a ``for_inference()``
    method) replaced by it, its weights in channels-last memory format."""
    model = copy.deepcopy(model).eval()
    _fold_batch_norms(model)
    _use_inference_forms(model)
    _replace_replicate_padding(model)
    return model.to(memory_format=torch.channels_last)


def channels_last(batch):
    """A (N, C, H, W) tensor in the memory format of :func:`for_inference`'s networks."""
    return batch.contiguous(memory_format=torch.channels_last)


def _use_inference_forms(module):
    for name, child in module.named_children():
        if hasattr(child, "for_inference"):
            setattr(module, name, child.for_inference())
        else:
            _use_inference_forms(child)


class ConcatenatedConv2d(nn.Module):
    """``conv(torch.cat([first, second], dim=1))`` computed as ``conv_1(first) + conv_2(second)``,
    the weights split along the input channels. In channels-last memory the concatenation is a
    full interleaving copy of both inputs, which costs more than the addition: the U-Net's decoder
    runs 10-14 % faster on CPU without it."""

    def __init__(self, conv, first_channels):
        super().__init__()
        self.first = _conv_with(conv, conv.weight[:, :first_channels], conv.bias)
        self.second = _conv_with(conv, conv.weight[:, first_channels:], None)

    def forward(self, first, second):
        out = self.first(first)
        out += self.second(second)
        return out


@torch.no_grad()
def _conv_with(conv, weight, bias):
    """A convolution configured as ``conv`` with the given weights (and bias, or none)."""
    part = nn.Conv2d(weight.shape[1], conv.out_channels, conv.kernel_size, conv.stride, conv.padding,
                     conv.dilation, conv.groups, bias is not None, conv.padding_mode)
    part.weight.copy_(weight)
    if bias is not None:
        part.bias.copy_(bias)
    return part


def _fold_batch_norms(module):
    if isinstance(module, nn.Sequential):
        children = list(module.named_children())
        for (_, previous), (name, child) in zip(children, children[1:]):
            if isinstance(previous, nn.Conv2d) and isinstance(child, nn.BatchNorm2d) and child.track_running_stats:
                _fold(previous, child)
                setattr(module, name, nn.Identity())
    for child in module.children():
        _fold_batch_norms(child)


@torch.no_grad()
def _fold(conv, norm):
    """conv then norm (eval mode) as one convolution: weights scaled per output channel, a bias."""
    scale = torch.rsqrt(norm.running_var + norm.eps)
    if norm.weight is not None:
        scale = scale * norm.weight
    shift = -norm.running_mean * scale
    if norm.bias is not None:
        shift = shift + norm.bias
    conv.weight.mul_(scale.reshape(-1, 1, 1, 1))
    if conv.bias is None:
        conv.bias = nn.Parameter(shift)
    else:
        conv.bias.mul_(scale).add_(shift)


class EdgeReplicatedConv2d(nn.Module):
    """A 'same' convolution with replicate padding, computed as the convolution with zero
    padding (no padded copy of the input) whose border band, the only outputs that see the
    padding, is then recomputed from thin slices of the input padded by replication."""

    def __init__(self, conv):
        super().__init__()
        self.conv = conv
        self.band = conv.padding[0]

    @staticmethod
    def replaces(module):
        """Whether ``module`` is a stride-1 'same' convolution with replicate padding."""
        return (isinstance(module, nn.Conv2d) and module.padding_mode == "replicate" and module.stride == (1, 1)
                and isinstance(module.padding, tuple) and module.padding[0] == module.padding[1]
                and all(p == d * (k - 1) // 2 for p, d, k in zip(module.padding, module.dilation, module.kernel_size)))

    def forward(self, x):
        band, conv = self.band, self.conv
        if min(x.shape[-2:]) < 2 * band:
            return conv(x)
        out = F.conv2d(x, conv.weight, conv.bias, 1, band, conv.dilation, conv.groups)
        out[:, :, :band] = conv(x[:, :, :2 * band])[:, :, :band]
        out[:, :, -band:] = conv(x[:, :, -2 * band:])[:, :, -band:]
        out[:, :, :, :band] = conv(x[:, :, :, :2 * band])[:, :, :, :band]
        out[:, :, :, -band:] = conv(x[:, :, :, -2 * band:])[:, :, :, -band:]
        return out


def _replace_replicate_padding(module):
    for name, child in module.named_children():
        if EdgeReplicatedConv2d.replaces(child):
            setattr(module, name, EdgeReplicatedConv2d(child))
        else:
            _replace_replicate_padding(child)

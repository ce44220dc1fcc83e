"""Optional per-scene adaptation: a few seeded fine-tuning steps on the scene itself.

SIF models minimise their own self-supervised loss on random crops of the scene;
SC-UNet learns again from the scene's LST degraded by the model factor. Off by
default: it changes the bundled model for this scene only.
"""

import copy

import numpy as np
import torch

from ..io import resample
from .degradation import degrade
from .inputs import network_inputs
from .losses import masked_huber

CROP = 128
LEARNING_RATE = 1e-4


def adapt(model, spec, reader, plan, filled_coarse, norm, steps, seed, device):
    model = copy.deepcopy(model).train()
    rng = np.random.default_rng(seed)
    torch.manual_seed(seed)
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    sample = _sif_sample if spec.training == "sif" else _supervised_sample
    for _ in range(steps):
        batch = sample(rng, reader, plan, filled_coarse, norm)
        tensors = [torch.from_numpy(a[None]).to(device) for a in batch]
        if spec.training == "sif":
            inputs, target, coarse_valid, fine_valid = tensors
            loss = spec.loss(model(inputs), target, coarse_valid, inputs[:, 1:], fine_valid)
        else:
            inputs, target, valid = tensors
            loss = masked_huber(model(inputs), target, valid)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return model.eval()


def _crop_origin(rng, height, width, size, step):
    row = rng.integers(max(height - size, 0) // step + 1) * step
    col = rng.integers(max(width - size, 0) // step + 1) * step
    return row, col


def _sif_sample(rng, reader, plan, filled_coarse, norm):
    factor = plan.factor
    size = min(CROP, plan.fine.height // 8 * 8, plan.fine.width // 8 * 8)
    row, col = _crop_origin(rng, plan.fine.height, plan.fine.width, size, 2 * factor)
    ndvi = reader.read(row, size)[:, col:col + size]
    bicubic = resample.upsample_cubic(filled_coarse, factor, row, size, plan.fine.width)[:, col:col + size]
    inputs = network_inputs(bicubic, ndvi, norm)
    coarse = filled_coarse[row // factor:(row + size) // factor, col // factor:(col + size) // factor]
    target = ((coarse - norm["lst_mean"]) / norm["lst_std"]).astype(np.float32)[None]
    return inputs, target, np.ones_like(target, dtype=bool), np.isfinite(ndvi)[None]


def _supervised_sample(rng, reader, plan, filled_coarse, norm):
    factor = plan.factor
    size = min(64, filled_coarse.shape[0] // 8 * 8, filled_coarse.shape[1] // 8 * 8)
    row, col = _crop_origin(rng, *filled_coarse.shape, size, factor)
    lst = filled_coarse[row:row + size, col:col + size].astype(np.float32)
    coarser = degrade(torch.from_numpy(lst)[None, None], factor)[0, 0].numpy()
    bicubic = resample.upsample_cubic(coarser, factor, 0, size, size)
    ndvi = resample.block_mean(reader.read(row * factor, size * factor), factor)[:, col:col + size]
    inputs = network_inputs(bicubic, ndvi, norm)
    target = ((lst - norm["lst_mean"]) / norm["lst_std"]).astype(np.float32)[None]
    return inputs, target, np.isfinite(ndvi)[None]

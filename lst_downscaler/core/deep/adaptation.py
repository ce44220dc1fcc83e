"""Optional per-scene adaptation: a few seeded fine-tuning steps on the scene itself.

SIF models minimise their own self-supervised loss on random crops of the scene;
SC-UNet learns again from the scene's LST degraded by the model factor. The crops come
from the same sampler as training (``tasks.Patches``), without rotations. Off by default:
it changes the bundled model for this scene only, and holds the scene's fine layers in memory.
"""

import copy

import numpy as np
import torch

from .tasks import Patches

LEARNING_RATE = 1e-4


def adapt(model, task, reader, plan, filled_coarse, channels, steps, seed, device):
    """``reader`` reads the fine layers (a dict by channel name) of ``plan``'s fine grid."""
    model = copy.deepcopy(model).train()
    rng = np.random.default_rng(seed)
    torch.manual_seed(seed)
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    arrays = task.arrays(filled_coarse, reader.read(0, plan.fine.height), channels, plan.factor)
    size = min(task.crop, *(n // 8 * 8 for n in arrays[0].shape[-2:]))
    patches = Patches(task, [arrays], plan.factor, size, augment=False)
    for _ in range(steps):
        loss = task.loss(model, *(tensor.to(device) for tensor in patches.batch(rng, 1)))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return model.eval()

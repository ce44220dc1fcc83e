"""How the bundled models learn: a task per model, the arrays it learns from, its loss, and
the one patch sampler that training and per-scene adaptation share.

A task turns a scene (coarse LST, fine NDVI and auxiliary layers, in physical units) into channel-first
arrays; ``Patches`` draws aligned random crops of them (coarse and fine pixels kept in
register), rotated and flipped when training.
"""

from dataclasses import dataclass

import numpy as np
import torch

from ..errors import DownscalingError
from ..io import resample
from .inputs import network_inputs, z_score
from .losses import SifLoss, SrdaLoss, masked_huber
from .registry import LST, NDVI


def model_inputs(lst_coarse, layers, channels, factor):
    """(inputs (N, H, W) z-scored, fine validity) as the network sees them at inference;
    ``layers`` maps the fine channel names ("ndvi" and any auxiliary layer) to their arrays."""
    filled = resample.fill_gaps(lst_coarse)
    ndvi = layers[NDVI]
    bicubic = resample.upsample_cubic(filled, factor, 0, *ndvi.shape)
    return network_inputs(channels, dict(layers, **{LST: bicubic})), np.isfinite(ndvi)


@dataclass(frozen=True)
class SifTask:
    """Self-supervised at the target scale (SIF-CNN): the output seen through the sensor PSF
    gives back the coarse LST, and its detail follows the NDVI's."""

    loss_function: SifLoss
    kind = "sif"
    crop = 128  # fine pixels

    def arrays(self, lst, layers, channels, factor):
        """(inputs, coarse target, coarse validity, fine validity), cropped to whole blocks."""
        rows, cols = (n - n % (2 * factor) for n in layers[NDVI].shape)
        layers = {name: layer[:rows, :cols] for name, layer in layers.items()}
        lst = lst[:rows // factor, :cols // factor]
        inputs, fine_valid = model_inputs(lst, layers, channels, factor)
        coarse_valid = np.isfinite(lst)
        target = np.where(coarse_valid, z_score(lst, channels), 0).astype(np.float32)
        return inputs, target[None], coarse_valid[None], fine_valid[None]

    def cell(self, factor):
        """Pixels of a crop per pixel of each array (the coarse ones are ``factor`` times larger),
        and the step of crop origins (whole coarse blocks of the PSF's support)."""
        return (1, factor, factor, 1), 2 * factor

    def loss(self, model, inputs, target, coarse_valid, fine_valid):
        return self.loss_function(model(inputs), target, coarse_valid, inputs[:, 1:2], fine_valid)


@dataclass(frozen=True)
class SupervisedTask:
    """Supervised on degraded pairs (SC-UNet): the block means of the LST (factor 4), upsampled
    back, with the NDVI averaged onto the LST grid, learn the LST itself. Block means rather than
    the Gaussian PSF: see ``degradation``."""

    kind = "supervised"
    crop = 64  # pixels of the LST grid

    def arrays(self, lst, layers, channels, factor):
        """(inputs, target, validity) on the LST grid, cropped to whole blocks; the fine layers
        are averaged onto the LST grid."""
        filled = resample.fill_gaps(lst)
        rows, cols = (n - n % (2 * factor) for n in filled.shape)
        filled, valid = filled[:rows, :cols], np.isfinite(lst[:rows, :cols])
        layers = {name: resample.block_mean(layer, factor)[:rows, :cols] for name, layer in layers.items()}
        inputs, ndvi_valid = model_inputs(resample.block_mean(filled, factor), layers, channels, factor)
        return inputs, z_score(filled, channels)[None], (valid & ndvi_valid)[None]

    def cell(self, factor):
        return (1, 1, 1), factor

    def loss(self, model, inputs, target, valid):
        return masked_huber(model(inputs), target, valid)


def on_grid_of(layer, shape):
    """``layer`` on a grid of ``shape``: itself, or block-averaged when it is a whole number of
    times finer (the coarse grid's last row and column may cover partial blocks)."""
    ratio = round(max(layer.shape) / max(shape))
    return resample.block_mean(layer, ratio)[:shape[0], :shape[1]] if ratio > 1 else layer[:shape[0], :shape[1]]


@dataclass(frozen=True)
class SrdaTask:
    """One x2 step of SRDA-Net learnt in a closed loop: the block means of the fine LST
    (factor 2) are the coarse input, the fine LST itself the target; the auxiliary layers stay on
    the fine grid of the step. ``loss_function`` (an :class:`SrdaLoss`) holds the learned
    uncertainty weights, so it is trained (and checkpointed) with the network."""

    loss_function: SrdaLoss
    kind = "srda"
    crop = 64  # fine pixels of the step

    def arrays(self, lst, layers, channels, factor=2):
        """(inputs (1 + A, H, W), coarse target, coarse validity, fine target, fine validity),
        z-scored, cropped to whole PSF blocks. ``lst`` is the LST the step learns to give back (K,
        NaN for nodata); ``layers`` the auxiliary layers by channel name, on its grid or on a grid
        a whole number of times finer (then block-averaged onto it)."""
        rows, cols = (n - n % (2 * factor) for n in lst.shape)
        layers = {name: on_grid_of(layer, lst.shape)[:rows, :cols] for name, layer in layers.items()}
        lst = lst[:rows, :cols]
        fine_valid = np.isfinite(lst)
        filled = resample.fill_gaps(lst)
        coarse = resample.block_mean(filled, factor)
        coarse_valid = resample.block_mean(fine_valid.astype(np.float32), factor) > 0.999
        bicubic = resample.upsample_cubic(coarse, factor, 0, rows, cols)
        inputs = network_inputs(channels, dict(layers, **{LST: bicubic}))
        return (inputs, z_score(coarse, channels)[None], coarse_valid[None],
                z_score(filled, channels)[None], fine_valid[None])

    def cell(self, factor):
        return (1, factor, factor, 1, 1), 2 * factor

    def loss(self, model, inputs, coarse, coarse_valid, target, fine_valid):
        return self.loss_function(model(inputs), coarse, coarse_valid, target, fine_valid)


#: The bundled models: display name and task. A model trained from Processing follows the
#: recipe of one of them (its card's ``training["task"]``).
BUNDLED = {
    "sif_cnn_sr1": ("SIF-CNN-SR1", SifTask(SifLoss("sobel", alpha=0.99, gamma=-0.5))),
    "sif_cnn_sr2": ("SIF-CNN-SR2", SifTask(SifLoss("highpass", alpha=0.5, gamma=-0.25))),
    "sc_unet": ("SC-UNet", SupervisedTask()),
    "srda_net": ("SRDA-Net", SrdaTask(SrdaLoss(2))),
}


def task_of(card):
    """The task a model learnt with: its own for a bundled model, else the recipe its card names."""
    recipe = card.id if card.id in BUNDLED else card.training.get("task")
    if recipe not in BUNDLED:
        raise DownscalingError(
            f"The model card of {card.id} names no training recipe ({', '.join(BUNDLED)}): per-scene "
            "adaptation needs one. Set the adaptation steps to 0.")
    return BUNDLED[recipe][1]


def dihedral(arrays, rng):
    """The same random rotation by 90 degrees and flip applied to every (..., H, W) array."""
    k, flip = rng.integers(4), rng.integers(2)
    out = [np.rot90(a, k, axes=(-2, -1)) for a in arrays]
    return [np.ascontiguousarray(np.flip(a, -1) if flip else a) for a in out]


class Patches:
    """Random aligned crops of ``size`` pixels (None: whole arrays) of a task's scene arrays."""

    def __init__(self, task, items, factor, size=None, augment=True):
        self.task, self.items, self.factor, self.size, self.augment = task, items, factor, size, augment

    def sample(self, rng):
        arrays = self.items[rng.integers(len(self.items))]
        if self.size:
            cells, step = self.task.cell(self.factor)
            height, width = arrays[0].shape[-2:]
            row = rng.integers((height - self.size) // step + 1) * step
            col = rng.integers((width - self.size) // step + 1) * step
            arrays = [a[..., row // c:(row + self.size) // c, col // c:(col + self.size) // c]
                      for a, c in zip(arrays, cells)]
        return dihedral(arrays, rng) if self.augment else arrays

    def batch(self, rng, size):
        samples = [self.sample(rng) for _ in range(size)]
        return [torch.from_numpy(np.stack(part)) for part in zip(*samples)]

    def whole(self):
        """Every scene whole, as a batch of one (for validation)."""
        return [[torch.from_numpy(np.ascontiguousarray(a)[None]) for a in item] for item in self.items]

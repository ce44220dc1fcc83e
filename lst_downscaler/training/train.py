"""Training loop of the residual U-Net for one bundled model, seeded and reproducible on CPU."""

import copy
import time

import numpy as np
import torch

from ..core.deep.degradation import degrade
from ..core.deep.losses import masked_huber
from ..core.deep.models import MODELS
from ..core.deep.networks.unet import ResidualUNet
from ..core.deep.weights import save_model
from .dataset import load_scenes, normalisation, sif_arrays, supervised_arrays

#: Pairs held out for early stopping (by position in the index): MODIS only, no ASTER.
VALIDATION_EVERY = 8


def _degrade_numpy(array, factor):
    return degrade(torch.from_numpy(np.ascontiguousarray(array, dtype=np.float32))[None, None], factor)[0, 0].numpy()


def _dihedral(arrays, rng):
    """The same random rotation by 90 degrees and flip applied to every (..., H, W) array."""
    k, flip = rng.integers(4), rng.integers(2)
    out = [np.rot90(a, k, axes=(-2, -1)) for a in arrays]
    return [np.ascontiguousarray(np.flip(a, -1) if flip else a) for a in out]


class SifSamples:
    """Random aligned crops (fine ``crop`` pixels, coarse crop / factor) of the SIF arrays."""

    def __init__(self, scenes, norm, factor, crop):
        self.items = [sif_arrays(s, norm, factor) for s in scenes]
        self.factor, self.crop = factor, crop

    def batch(self, rng, size):
        parts = [[], [], [], []]
        for _ in range(size):
            inputs, target, coarse_valid, fine_valid = self.items[rng.integers(len(self.items))]
            step = 2 * self.factor
            row = rng.integers((inputs.shape[1] - self.crop) // step + 1) * step
            col = rng.integers((inputs.shape[2] - self.crop) // step + 1) * step
            fine = np.s_[row:row + self.crop, col:col + self.crop]
            c = self.crop // self.factor
            coarse = np.s_[row // self.factor:row // self.factor + c, col // self.factor:col // self.factor + c]
            sample = _dihedral([inputs[(slice(None),) + fine], target[coarse][None],
                                coarse_valid[coarse][None], fine_valid[fine][None]], rng)
            for part, value in zip(parts, sample):
                part.append(value)
        return [torch.from_numpy(np.stack(p)) for p in parts]

    def full(self):
        return [[torch.from_numpy(np.asarray(a)[None] if a.ndim == 3 else np.asarray(a)[None, None])
                 for a in item] for item in self.items]


class SupervisedSamples:
    def __init__(self, scenes, norm, factor):
        self.items = [supervised_arrays(s, norm, _degrade_numpy, factor) for s in scenes]

    def batch(self, rng, size):
        parts = [[], [], []]
        for _ in range(size):
            inputs, target, valid = self.items[rng.integers(len(self.items))]
            for part, value in zip(parts, _dihedral([inputs, target[None], valid[None]], rng)):
                part.append(value)
        return [torch.from_numpy(np.stack(p)) for p in parts]

    def full(self):
        return [[torch.from_numpy(inputs[None]), torch.from_numpy(target[None, None]),
                 torch.from_numpy(valid[None, None])] for inputs, target, valid in self.items]


def train(model_id, data, epochs, steps_per_epoch, batch_size, crop, seed, log=print):
    """Train ``model_id`` on the MODIS scenes of ``data``; returns (model, card fields)."""
    spec = MODELS[model_id]
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    scenes = load_scenes(data)
    validation = [s for i, s in enumerate(scenes) if i % VALIDATION_EVERY == 0]
    training = [s for i, s in enumerate(scenes) if i % VALIDATION_EVERY != 0]
    norm = normalisation(training)
    if spec.training == "sif":
        samples, held_out = SifSamples(training, norm, spec.factor, crop), SifSamples(validation, norm, spec.factor, crop)

        def loss_of(model, inputs, target, coarse_valid, fine_valid):
            return spec.loss(model(inputs), target, coarse_valid, inputs[:, 1:], fine_valid)
    else:
        samples, held_out = SupervisedSamples(training, norm, spec.factor), SupervisedSamples(validation, norm, spec.factor)

        def loss_of(model, inputs, target, valid):
            return masked_huber(model(inputs), target, valid)

    model = ResidualUNet()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, epochs * steps_per_epoch)
    best = (float("inf"), None, 0)
    start = time.perf_counter()
    history = []
    for epoch in range(epochs):
        model.train()
        total = 0.0
        for _ in range(steps_per_epoch):
            loss = loss_of(model, *samples.batch(rng, batch_size))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            scheduler.step()
            total += loss.item()
        model.eval()
        with torch.no_grad():
            validation_loss = float(np.mean([loss_of(model, *item).item() for item in held_out.full()]))
        history.append((total / steps_per_epoch, validation_loss))
        if validation_loss < best[0]:
            best = (validation_loss, copy.deepcopy(model.state_dict()), epoch + 1)
        log(f"epoch {epoch + 1}/{epochs}: training loss {total / steps_per_epoch:.5f}, "
            f"validation loss {validation_loss:.5f} ({time.perf_counter() - start:.0f} s)")
    model.load_state_dict(best[1])
    card = {
        "id": spec.id, "name": spec.name, "scale_factor": spec.factor,
        "inputs": ["LST bicubic-upsampled to the fine grid (z-scored)", "NDVI (z-scored)"],
        "normalisation": norm,
        "training": {
            "data": "MODIS MOD11A1 LST 1 km + MOD09GQ NDVI 250 m, ../shared/data/modis_aster "
                    f"({len(training)} scenes; {len(validation)} held out for early stopping; ASTER never used)",
            "kind": spec.training, "loss": repr(spec.loss) if spec.loss else "Huber on degraded pairs (4 km -> 1 km)",
            "epochs": epochs, "best_epoch": best[2], "steps_per_epoch": steps_per_epoch,
            "batch_size": batch_size, "crop": crop, "seed": seed, "optimizer": "Adam 1e-3, cosine decay",
            "augmentation": "random 90-degree rotations and flips",
            "validation_loss": best[0], "seconds": round(time.perf_counter() - start),
            "history": [[round(a, 6), round(b, 6)] for a, b in history],
        },
    }
    return model, card


def train_and_save(model_id, data, out, command, **options):
    """Train, record the command that reproduces the weights in the card, save both."""
    model, card = train(model_id, data, **options)
    card["training"]["command"] = command
    return save_model(model, card, out)

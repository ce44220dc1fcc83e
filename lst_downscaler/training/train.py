"""The training loop, seeded and reproducible on CPU, shared by the command line (bundled
weights) and the Processing algorithm "Train a downscaling network" (a user's layers)."""

import copy
import time

import numpy as np
import torch

from ..core.deep.networks import create
from ..core.deep.tasks import BUNDLED, Patches
from ..core.deep.weights import save_model
from ..core.errors import Canceled
from .dataset import load_scenes, normalisation

#: Pairs held out for early stopping (by position in the index): MODIS only, no ASTER.
VALIDATION_EVERY = 8


def hold_out(scenes, factor=4):
    """(training, validation): every 8th scene held out; with a single scene, its bottom quarter."""
    if len(scenes) == 1:
        top, bottom = scenes[0].split(0.75, factor)
        return [top], [bottom]
    validation = [s for i, s in enumerate(scenes) if i % VALIDATION_EVERY == 0]
    training = [s for i, s in enumerate(scenes) if i % VALIDATION_EVERY != 0]
    return training, validation


def fit(task, training, validation, channels, epochs, steps_per_epoch, batch_size, crop, seed, factor=4,
        architecture="ResidualUNet", log=print, progress=None, is_canceled=None, device="cpu"):
    """Train a new network on scenes with ``task``; returns (model of the best validation epoch,
    summary). ``crop``: the patch size on the task's grid (None: whole scenes). Progress in percent
    and Cancel are checked once per epoch."""
    task = copy.deepcopy(task)  # a loss with learned weights (SRDA-Net) starts afresh every run
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)

    def patches(selection, size=None):
        return Patches(task, [task.arrays(s.lst, s.layers, channels, factor) for s in selection], factor, size)

    samples, held_out = patches(training, crop), patches(validation)
    model = create(architecture, channels).to(device)
    loss = getattr(task, "loss_function", None)
    loss_weights = list(loss.parameters()) if isinstance(loss, torch.nn.Module) else []
    optimizer = torch.optim.Adam(list(model.parameters()) + loss_weights, lr=1e-3)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, epochs * steps_per_epoch)
    best = (float("inf"), None, 0)
    start = time.perf_counter()
    history = []
    for epoch in range(epochs):
        if is_canceled is not None and is_canceled():
            raise Canceled()
        model.train()
        total = 0.0
        for _ in range(steps_per_epoch):
            loss = task.loss(model, *(tensor.to(device) for tensor in samples.batch(rng, batch_size)))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            scheduler.step()
            total += loss.item()
        model.eval()
        with torch.no_grad():
            validation_loss = float(np.mean([task.loss(model, *(tensor.to(device) for tensor in item)).item()
                                             for item in held_out.whole()]))
        history.append((total / steps_per_epoch, validation_loss))
        if validation_loss < best[0] or best[1] is None:
            best = (validation_loss, {k: v.detach().cpu().clone() for k, v in model.state_dict().items()}, epoch + 1)
        log(f"epoch {epoch + 1}/{epochs}: training loss {total / steps_per_epoch:.5f}, "
            f"validation loss {validation_loss:.5f} ({time.perf_counter() - start:.0f} s)")
        if progress is not None:
            progress(100 * (epoch + 1) / epochs)
    model.load_state_dict(best[1])
    summary = {
        "epochs": epochs, "best_epoch": best[2], "steps_per_epoch": steps_per_epoch,
        "batch_size": batch_size, "crop": crop, "seed": seed, "optimizer": "Adam 1e-3, cosine decay",
        "augmentation": "random 90-degree rotations and flips",
        "validation_loss": best[0], "seconds": round(time.perf_counter() - start),
        "history": [[round(a, 6), round(b, 6)] for a, b in history],
    }
    return model, summary


def train(model_id, data, epochs, steps_per_epoch, batch_size, crop, seed, factor=4, log=print, device="cpu"):
    """Train the bundled model ``model_id`` on the MODIS scenes of ``data``; returns (model, card fields)."""
    name, task = BUNDLED[model_id]
    training, validation = hold_out(load_scenes(data))
    channels = normalisation(training)
    # SIF models learn on crops of the fine grid; SC-UNet on whole scenes of the coarse grid.
    model, summary = fit(task, training, validation, channels, epochs, steps_per_epoch, batch_size,
                         crop if task.kind == "sif" else None, seed, factor, log=log, device=device)
    summary["crop"] = crop
    card = {
        "id": model_id, "name": name, "scale_factor": factor,
        "inputs": channels,
        "training": {
            "data": "MODIS MOD11A1 LST 1 km + MOD09GQ NDVI 250 m, ../shared/data/modis_aster "
                    f"({len(training)} scenes; {len(validation)} held out for early stopping; ASTER never used)",
            "kind": task.kind,
            "loss": loss_description(task),
            **summary,
        },
    }
    return model, card


def loss_description(task):
    if task.kind == "srda":
        return "degradation (Huber) + Charbonnier + 3-scale SSIM, learned uncertainty weights (Kendall 2018)"
    return (repr(task.loss_function) if task.kind == "sif"
            else "Huber on degraded pairs (the 4 x 4 block means of the 1 km LST as input, 4 km -> 1 km)")


def train_and_save(model_id, data, out, command, hardware, **options):
    """Train, record the command that reproduces the weights and the hardware in the card, save both."""
    model, card = train(model_id, data, **options)
    card["training"]["command"] = command
    card["training"]["hardware"] = hardware
    return save_model(model, card, out)

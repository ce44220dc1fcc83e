"""Training of SRDA-Net (one x2 step) on the real MODIS patches of ``modis_patches_2020``:
a 2 km -> 1 km closed loop (the 1 km LST degraded by the PSF is the input, the 1 km LST the
target, the MOD13A2 NDVI at 1 km the auxiliary layer).

Seeded and resumable: every epoch writes ``<checkpoints>/epoch_NNN.pt`` (network, loss
weights, optimizer, scheduler, random states, history) and ``--resume`` continues from the
last one. Each epoch logs the training and validation losses and the validation RMSE (K) of
the network and of bicubic interpolation on patch positions held out from training.
"""

import math
import time
from pathlib import Path

import numpy as np
import torch

from ..core.deep.inputs import to_kelvin
from ..core.deep.losses import SrdaLoss
from ..core.deep.networks.srda_net import SrdaNet
from ..core.deep.tasks import Patches, SrdaTask
from ..core.deep.weights import save_model
from .checkpoints import save_checkpoint, start_or_resume
from .epochs import run_epoch
from .dataset import load_scenes
from .patches import SPLIT_RULE, ensure_extracted, load_patches, normalisation, split_of
from .train import VALIDATION_EVERY

FACTOR = 2
HYPERPARAMETERS = {"channels": 32, "groups": 3, "blocks": 2, "heads": 4}


def closed_loop_rmse(model, arrays, norm, batch=64):
    """(network RMSE, bicubic RMSE) in K over the valid fine pixels of
    ``arrays`` (task arrays of whole patches), with the network in eval mode."""
    model.eval()
    squared = {"network": 0.0, "bicubic": 0.0}
    count = 0
    with torch.no_grad():
        for start in range(0, len(arrays), batch):
            inputs, _, _, target, valid = (torch.from_numpy(np.stack(part)) for part in zip(*arrays[start:start + batch]))
            truth = to_kelvin(target.double(), norm)
            for name, z in (("network", model(inputs)), ("bicubic", inputs[:, :1])):
                squared[name] += float(((to_kelvin(z.double(), norm) - truth)[valid] ** 2).sum())
            count += int(valid.sum())
    return math.sqrt(squared["network"] / count), math.sqrt(squared["bicubic"] / count)


def validation_loss(task, model, arrays, batch=64):
    model.eval()
    total = 0.0
    with torch.no_grad():
        for start in range(0, len(arrays), batch):
            part = [torch.from_numpy(np.stack(p)) for p in zip(*arrays[start:start + batch])]
            total += task.loss(model, *part).item() * len(part[0])
    return total / len(arrays)


def scene_arrays(task, folder, norm):
    """Task arrays of the MODIS side of ``folder`` (modis_aster layout: 1 km LST as the target, the
    250 m NDVI block-averaged onto it), every 8th pair left out as in the other models' training;
    the ASTER layers are never read."""
    scenes = [s for i, s in enumerate(load_scenes(folder)) if i % VALIDATION_EVERY]
    return [task.arrays(s.lst, s.layers, norm, FACTOR) for s in scenes]


def train_srda(data, cache, checkpoints, epochs, steps_per_epoch, batch_size, seed, learning_rate=1e-3,
               resume=False, limit=None, keep=3, log=print, modis_aster=None, modis_aster_share=1 / 3):
    """Train SRDA-Net; returns (model with the weights of the best validation epoch, card fields).
    ``modis_aster``: a folder of MODIS scenes whose 2 km -> 1 km loops make up ``modis_aster_share``
    of the training crops."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    patches = load_patches(ensure_extracted(data, cache), limit=limit)
    subsets = {name: [p for p in patches if split_of(p.position) == name] for name in ("training", "validation", "test")}
    norm = normalisation(subsets["training"])
    task = SrdaTask(SrdaLoss(FACTOR))
    arrays = {name: [task.arrays(p.lst, p.layers, norm, FACTOR) for p in subset] for name, subset in subsets.items()}
    training = arrays["training"]
    if modis_aster:
        scenes = scene_arrays(task, modis_aster, norm)
        repeats = max(1, round(modis_aster_share / (1 - modis_aster_share) * len(training) / len(scenes)))
        training = training + scenes * repeats
    samples = Patches(task, training, FACTOR, size=task.crop)
    model = SrdaNet(aux_channels=1, **HYPERPARAMETERS)
    optimizer = torch.optim.Adam(list(model.parameters()) + list(task.loss_function.parameters()), lr=learning_rate)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, epochs * steps_per_epoch)
    parts = {"model": model, "loss": task.loss_function, "optimizer": optimizer, "scheduler": scheduler}
    state = start_or_resume(checkpoints, rng, resume, log, parts, best=None)
    log(f"{len(patches)} patches: {', '.join(f'{len(v)} {k}' for k, v in subsets.items())}; "
        f"{sum(p.numel() for p in model.parameters())} parameters")
    start = time.perf_counter() - state["seconds"]
    for epoch in range(state["epoch"], epochs):
        total = run_epoch(model, lambda: task.loss(model, *samples.batch(rng, batch_size)), steps_per_epoch,
                          optimizer, scheduler)
        held_loss = validation_loss(task, model, arrays["validation"])
        rmse, bicubic = closed_loop_rmse(model, arrays["validation"], norm)
        state["epoch"] = epoch + 1
        state["seconds"] = time.perf_counter() - start
        state["history"].append([round(total, 6), round(held_loss, 6), round(rmse, 4), round(bicubic, 4)])
        if state["best"] is None or rmse < state["best"]["rmse"]:
            state["best"] = {"rmse": rmse, "epoch": epoch + 1,
                             "model": {k: v.clone() for k, v in model.state_dict().items()}}
        weights = [round(float(w), 3) for w in torch.exp(task.loss_function.log_sigma.detach())]
        log(f"epoch {epoch + 1}/{epochs}: training loss {total:.5f}, validation loss "
            f"{held_loss:.5f}, validation RMSE {rmse:.4f} K (bicubic {bicubic:.4f} K, ratio {rmse / bicubic:.4f}), "
            f"sigmas {weights} ({state['seconds']:.0f} s)")
        save_checkpoint(checkpoints, epoch + 1, rng, state, keep, **parts)
    model.load_state_dict(state["best"]["model"])
    test_rmse, test_bicubic = closed_loop_rmse(model, arrays["test"], norm)
    validation_rmse, validation_bicubic = closed_loop_rmse(model, arrays["validation"], norm)
    log(f"best epoch {state['best']['epoch']}: held-out test RMSE {test_rmse:.4f} K, bicubic {test_bicubic:.4f} K "
        f"(ratio {test_rmse / test_bicubic:.4f}); validation {validation_rmse:.4f} K vs {validation_bicubic:.4f} K")
    positions = {name: sorted({p.position for p in subset}) for name, subset in subsets.items()}
    card = {
        "id": "srda_net", "name": "SRDA-Net", "scale_factor": FACTOR, "steps": 2,
        "inputs": list(norm),
        "training": {
            "data": "../shared/data/modis_patches_2020 (MOD11A1 v061 LST_Day_1km patches of h18v04, 2020, "
                    "64 x 64 px at 926.6 m; NDVI from the MOD13A2 v061 16-day red/NIR of the same position); "
                    "closed loop 2 km -> 1 km: the 2 x 2 block means of the 1 km LST are the input"
                    + (f"; with, as {modis_aster_share:.0%} of the training crops, the same loop on the MODIS side "
                       f"of ../shared/data/{Path(modis_aster).name} (MOD11A1 LST 1 km, MOD09GQ NDVI 250 m "
                       "block-averaged to 1 km; every 8th pair left out; its ASTER layers never read)"
                       if modis_aster else ""),
            "kind": task.kind, "split": SPLIT_RULE,
            "patches": {name: len(subset) for name, subset in subsets.items()},
            "positions": positions,
            "loss": "degradation (Huber) + Charbonnier + 3-scale SSIM, learned uncertainty weights (Kendall 2018)",
            "loss_sigmas": [round(float(w), 4) for w in torch.exp(task.loss_function.log_sigma.detach())],
            "hyperparameters": HYPERPARAMETERS,
            "epochs": epochs, "best_epoch": state["best"]["epoch"], "steps_per_epoch": steps_per_epoch,
            "batch_size": batch_size, "crop": task.crop, "seed": seed,
            "optimizer": f"Adam {learning_rate:g}, cosine decay", "augmentation": "random 90-degree rotations and flips",
            "seconds": round(state["seconds"]),
            "hardware": f"CPU only, {torch.get_num_threads()} thread(s); no GPU",
            "history": state["history"],
            "history_columns": ["training loss", "validation loss", "validation RMSE K", "bicubic RMSE K"],
        },
        "accuracy": {"closed_loop_2km_to_1km_test_positions": {
            "rmse_k": round(test_rmse, 4), "bicubic_rmse_k": round(test_bicubic, 4),
            "ratio": round(test_rmse / test_bicubic, 4), "patches": len(subsets["test"]),
            "positions": len(positions["test"])},
            "closed_loop_2km_to_1km_validation_positions": {
            "rmse_k": round(validation_rmse, 4), "bicubic_rmse_k": round(validation_bicubic, 4),
            "ratio": round(validation_rmse / validation_bicubic, 4)}},
    }
    return model, card


def train_and_save_srda(out, command, **options):
    model, card = train_srda(**options)
    card["training"]["command"] = command
    return save_model(model, card, out)

"""Training a model on a user's scenes (the Processing algorithm "Train a downscaling network").

Each scene is a coarse LST layer, a fine NDVI layer (or red/NIR) and the same further
auxiliary layers, in the same order, for every scene. The scenes are read on the grids the
runtime uses (the fine layers resampled to a quarter of the LST pixel when their ratio is
not 4), the model learns with the recipe of a bundled model, and the result is a model file:
``<name>.pt`` (weights) and ``<name>.json`` (card: channels, data, parameters, validation loss).
"""

from pathlib import Path

import torch

from ..core.deep.device import select_device
from ..core.deep.downscale import plan_for_model
from ..core.deep.registry import LST, NDVI
from ..core.deep.tasks import BUNDLED
from ..core.deep.weights import save_model
from ..core.errors import DownscalingError
from ..core.io.raster import GridReader
from ..core.lst import read_coarse_lst
from .dataset import Scene, normalisation
from .train import fit, hold_out, loss_description

FACTOR = 4
#: Recipe (a bundled model's task) -> architecture trained with it.
RECIPES = {"sif_cnn_sr2": "ResidualUNet", "sif_cnn_sr1": "ResidualUNet", "sc_unet": "ResidualUNet",
           "srda_net": "SrdaNet"}
#: SRDA-Net learns one x2 step on the LST's own grid (its 2 x 2 block means as input, the
#: auxiliary layers block-averaged onto it) and runs it twice: x4 in all, as the other recipes.
SRDA_STEP = 2


def read_scene(index, lst_source, ndvi_input, auxiliary, names):
    """One training scene: coarse LST (K) on the plan's coarse grid, the fine layers on its fine grid."""
    plan, _ = plan_for_model(lst_source, ndvi_input.grid(), FACTOR)
    lst = read_coarse_lst(lst_source, plan)
    with ndvi_input.reader(plan.fine) as reader:
        ndvi = reader.read(0, plan.fine.height)
    layers = {}
    for name, source in zip(names, auxiliary):
        with GridReader(source, plan.fine) as reader:
            layers[name] = reader.read(0, plan.fine.height)
    return Scene(index, lst, ndvi, layers)


def auxiliary_names(names, count):
    """The channel names of the further auxiliary layers: the given ones, else aux1, aux2..."""
    names = [name.strip() for name in names if name.strip()] or [f"aux{i + 1}" for i in range(count)]
    if len(names) != count:
        raise DownscalingError(
            f"{len(names)} auxiliary channel names were given for {count} further auxiliary layers per scene: "
            "give one name per layer of a scene, or none.")
    if len(set(names)) != len(names) or {LST, NDVI} & set(names):
        raise DownscalingError(f"The auxiliary channel names {names} must be unique and not '{LST}' or '{NDVI}'.")
    return names


def patch_size(task, scenes, size):
    """The crop on the task's grid: ``size`` coarse pixels (fine pixels x4 for self-supervised
    recipes), at most the smallest training scene, a multiple of 8."""
    smallest = min(min(scene.lst.shape) for scene in scenes) // (2 * FACTOR) * (2 * FACTOR)
    crop = min(size, smallest) // 8 * 8
    if crop < 8:
        raise DownscalingError(
            f"A training scene is {smallest} coarse pixels across: each needs at least 8 x 8 coarse LST pixels.")
    return crop * FACTOR if task.kind == "sif" else crop


def train_model(scenes, output, recipe="sif_cnn_sr2", epochs=10, steps_per_epoch=12, batch_size=8, size=32,
                seed=0, device="cpu", descriptions=None, data=None, command=None, log=print, progress=None,
                is_canceled=None):
    """Train on ``scenes`` (Scene objects) and write the model file ``output`` (.json, .pt beside it)."""
    output = Path(output)
    if output.suffix.lower() != ".json":
        raise DownscalingError(f"The model file {output} must end in .json (the .pt weights are written beside it).")
    task = BUNDLED[recipe][1]
    training, validation = hold_out(scenes, FACTOR)
    channels = normalisation(training, descriptions)
    crop = patch_size(task, training, size)
    device = select_device(device)
    stepwise = task.kind == "srda"
    model, summary = fit(task, training, validation, channels, epochs, steps_per_epoch, batch_size, crop, seed,
                         SRDA_STEP if stepwise else FACTOR, architecture=RECIPES[recipe], log=log,
                         progress=progress, is_canceled=is_canceled, device=device)
    factor = {"scale_factor": SRDA_STEP, "steps": 2} if stepwise else {"scale_factor": FACTOR}
    card = {
        "id": output.stem, "name": f"{output.stem} ({BUNDLED[recipe][0]} recipe, trained from Processing)",
        **factor, "inputs": channels,
        "training": {
            "data": data or f"{len(scenes)} scenes",
            "scenes": len(scenes), "validation": (f"{len(validation)} scene(s) held out (every 8th)"
                                                  if len(scenes) > 1 else "bottom quarter of the scene held out"),
            "task": recipe, "kind": task.kind, "loss": loss_description(task), "device": str(device),
            "torch": torch.__version__, **summary, "command": command or "",
        },
    }
    return save_model(model.cpu(), card, output.parent)

"""Loading and saving a model's weights: a PyTorch state dict beside its card.

Weights are loaded with ``torch.load(weights_only=True)``, which executes no code, into
the network the card names, after checking them against the card's sha256.
"""

import os
import tempfile
from pathlib import Path

import torch

from ..errors import DownscalingError
from ..io.sample_data import sha256_of
from .networks import ARCHITECTURES, build
from .registry import WEIGHTS_DIR, ModelCard, card_path, model_card, write_card


def load_model(model_id, device="cpu", directory=WEIGHTS_DIR):
    """(network in eval mode on ``device``, its card) for the model ``model_id`` of ``directory``,
    or for the model file (card) ``model_id`` when it is a path ending in .json."""
    card, directory = model_card(model_id, directory)
    model = build(card)
    path = check_weights(card, directory)
    try:
        model.load_state_dict(torch.load(path, map_location="cpu", weights_only=True))
    except Exception as error:  # torch raises several unrelated types for unreadable files
        raise DownscalingError(f"Cannot load the weights {path}: {error}. Reinstall the plugin.") from error
    return model.to(device).eval(), card


def check_weights(card, directory=WEIGHTS_DIR):
    """The path of the card's weights, after checking that they exist and match its sha256."""
    path = Path(directory) / card.weights_file
    if not path.exists():
        raise DownscalingError(f"The weights file {path} is missing: reinstall the plugin or retrain the model.")
    if sha256_of(path) != card.weights_sha256:
        raise DownscalingError(
            f"The weights file {path} is corrupt or not the one its model card describes (sha256 "
            "mismatch): reinstall the plugin or retrain the model.")
    return path


def save_model(model, fields, directory=WEIGHTS_DIR):
    """Write ``<id>.pt`` and ``<id>.json``: the card is ``fields`` completed with the
    architecture, the weights file, its checksum and the number of parameters. Both are written
    in a folder of their own first and then moved into ``directory``: a failed save (a full
    disk) leaves the model that was there before as it was."""
    directory = Path(directory)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".saving_", dir=directory) as staging:
            weights = Path(staging) / f"{fields['id']}.pt"
            torch.save({k: v.detach().cpu() for k, v in model.state_dict().items()}, weights)
            [architecture] = [name for name, network in ARCHITECTURES.items() if isinstance(model, network)]
            card = ModelCard.from_dict(dict(
                fields, architecture=architecture, architecture_version=type(model).VERSION,
                weights_file=weights.name, weights_sha256=sha256_of(weights),
                parameters=sum(p.numel() for p in model.parameters())))
            write_card(card, staging)
            for written in (weights, card_path(card.id, staging)):  # the card last: it names the weights
                os.replace(written, directory / written.name)
    except (OSError, RuntimeError) as error:  # torch.save reports a failed write as a RuntimeError
        raise DownscalingError(f"Cannot save the model {fields['id']} in {directory}: {error}.") from error
    return card

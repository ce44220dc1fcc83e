"""Loading and saving a model's weights: a PyTorch state dict beside its card.

Weights are loaded with ``torch.load(weights_only=True)``, which executes no code, into
the network the card names, after checking them against the card's sha256.
"""

from pathlib import Path

import torch

from ..errors import DownscalingError
from ..io.sample_data import sha256_of
from .networks import ARCHITECTURES, build
from .registry import WEIGHTS_DIR, ModelCard, read_card, write_card


def load_model(model_id, device="cpu", directory=WEIGHTS_DIR):
    """(network in eval mode on ``device``, its card) for the model ``model_id`` of ``directory``,
    or for the model file (card) ``model_id`` when it is a path ending in .json."""
    if str(model_id).lower().endswith(".json"):
        path = Path(model_id)
        model_id, directory = path.stem, path.parent
        if not path.is_file():
            raise DownscalingError(f"The model file {path} does not exist: give the .json card of a model "
                                   "written by 'Train a downscaling network'.")
    card = read_card(model_id, directory)
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
    architecture, the weights file, its checksum and the number of parameters."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{fields['id']}.pt"
    torch.save({k: v.detach().cpu() for k, v in model.state_dict().items()}, path)
    [architecture] = [name for name, network in ARCHITECTURES.items() if isinstance(model, network)]
    card = ModelCard.from_dict(dict(
        fields, architecture=architecture, architecture_version=type(model).VERSION, weights_file=path.name,
        weights_sha256=sha256_of(path), parameters=sum(p.numel() for p in model.parameters())))
    write_card(card, directory)
    return card

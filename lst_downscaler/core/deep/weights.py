"""Bundled weights: one PyTorch state dict per model beside a JSON model card.

Weights are loaded with ``torch.load(weights_only=True)``, which executes no code, and
checked against the card (architecture, version, sha256) before use.
"""

import json
from pathlib import Path

import torch

from .registry import WEIGHTS_DIR
from ..errors import DownscalingError
from ..io.sample_data import sha256_of
from .networks.unet import ResidualUNet
ARCHITECTURE = "ResidualUNet"
ARCHITECTURE_VERSION = 1


def card_path(model_id, directory=WEIGHTS_DIR):
    return Path(directory) / f"{model_id}.json"


def read_card(model_id, directory=WEIGHTS_DIR):
    path = card_path(model_id, directory)
    if not path.exists():
        raise DownscalingError(
            f"The model card {path} is missing: reinstall the plugin, or train the model with "
            f"'python -m lst_downscaler.training --model {model_id}'.")
    try:
        return json.loads(path.read_text())
    except ValueError as error:
        raise DownscalingError(f"The model card {path} is not valid JSON ({error}): reinstall the plugin.") from error


def load_model(model_id, device="cpu", directory=WEIGHTS_DIR):
    """(model in eval mode on ``device``, card) for a bundled model."""
    card = read_card(model_id, directory)
    if card.get("architecture") != ARCHITECTURE or card.get("architecture_version") != ARCHITECTURE_VERSION:
        raise DownscalingError(
            f"The weights of {model_id} are for {card.get('architecture')} version "
            f"{card.get('architecture_version')}, this plugin runs {ARCHITECTURE} version "
            f"{ARCHITECTURE_VERSION}: install the weights that came with this plugin version.")
    path = Path(directory) / card["weights_file"]
    if not path.exists():
        raise DownscalingError(f"The weights file {path} is missing: reinstall the plugin or retrain the model.")
    if sha256_of(path) != card["weights_sha256"]:
        raise DownscalingError(
            f"The weights file {path} is corrupt or not the one its model card describes (sha256 "
            "mismatch): reinstall the plugin or retrain the model.")
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
        model = ResidualUNet()
        model.load_state_dict(state)
    except Exception as error:  # torch raises several unrelated types for unreadable files
        raise DownscalingError(f"Cannot load the weights {path}: {error}. Reinstall the plugin.") from error
    return model.to(device).eval(), card


def save_model(model, card, directory=WEIGHTS_DIR):
    """Write ``<id>.pt`` and ``<id>.json`` (the card completed with file name and checksum)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{card['id']}.pt"
    torch.save({k: v.detach().cpu() for k, v in model.state_dict().items()}, path)
    card = dict(card, architecture=ARCHITECTURE, architecture_version=ARCHITECTURE_VERSION,
                weights_file=path.name, weights_sha256=sha256_of(path),
                parameters=sum(p.numel() for p in model.parameters()))
    card_path(card["id"], directory).write_text(json.dumps(card, indent=2) + "\n")
    return card

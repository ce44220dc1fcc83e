"""The deep models: a typed card (JSON beside the weights) for each, readable without PyTorch.

A model is an architecture (a module of ``networks/``), its card and its weights. The
Processing algorithms show the card (training data, measured accuracy); the runtime builds
the network the card names (``networks.build``) and checks the weights against it.
"""

import dataclasses
import json
from pathlib import Path

from ..errors import DownscalingError

WEIGHTS_DIR = Path(__file__).resolve().parents[2] / "weights"

#: The channel names with a fixed meaning: the coarse LST bicubic-upsampled to the fine grid
#: (always the first channel; the output is in its units) and the fine NDVI (always the second).
#: Any other name is a further auxiliary layer, given by the user in the card's order.
LST, NDVI = "lst", "ndvi"
#: The channels of a fusion model (DLSTFM), all LST in kelvin on the fine grid, in this order.
FUSION_CHANNELS = ("fine_t1", "coarse_t1", "coarse_t2")


def channel(name, description, mean, std):
    """A card's input channel: ``(value - mean) / std`` is what the network sees."""
    return {"name": name, "description": description, "mean": float(mean), "std": float(std)}


def check_channels(inputs, source="the model card"):
    """The card's input channels as a tuple, after checking their form and order."""
    if not isinstance(inputs, (list, tuple)) or not all(
            isinstance(c, dict) and {"name", "mean", "std"} <= set(c) for c in inputs):
        raise DownscalingError(
            f"{source} does not list its input channels as {{name, mean, std}} objects (a card of an "
            "older plugin version?): retrain the model with this plugin version.")
    names = [c["name"] for c in inputs]
    if (names[:2] != [LST, NDVI] and names != list(FUSION_CHANNELS)) or len(set(names)) != len(names):
        raise DownscalingError(
            f"{source} lists the input channels {names}: the first two must be '{LST}' and '{NDVI}' "
            f"(or, for a fusion model, they must be {', '.join(FUSION_CHANNELS)}) and the names unique. "
            "Retrain the model, or correct its card.")
    if any(not float(c["std"]) > 0 for c in inputs):
        raise DownscalingError(f"{source} has an input channel of standard deviation 0: retrain the model.")
    return tuple(dict(c) for c in inputs)


@dataclasses.dataclass(frozen=True)
class ModelCard:
    """What a model card holds, in the order of its JSON file."""

    id: str
    name: str
    scale_factor: int
    inputs: tuple           # the input channels, in order: {name, description, mean, std} (z-scored)
    training: dict          # data, task, loss, schedule, and the command that reproduces the weights
    architecture: str       # a network of ``networks.ARCHITECTURES``
    architecture_version: int
    weights_file: str
    weights_sha256: str
    parameters: int
    accuracy: dict = None   # measured by make bench, when it has been
    steps: int = 1          # x scale_factor steps run one after the other (SRDA-Net: 2 x2 steps)

    @classmethod
    def from_dict(cls, fields, source="the model card"):
        names = [field.name for field in dataclasses.fields(cls)]
        required = [field.name for field in dataclasses.fields(cls) if field.default is dataclasses.MISSING]
        missing = [name for name in required if name not in fields]
        if missing:
            raise DownscalingError(f"{source} lacks {', '.join(missing)}: reinstall the plugin or retrain the model.")
        values = {name: fields[name] for name in names if name in fields}
        return cls(**dict(values, inputs=check_channels(values["inputs"], source)))

    @property
    def channel_names(self):
        return [channel["name"] for channel in self.inputs]

    @property
    def auxiliary_channels(self):
        """The channels beyond the LST and the NDVI: the further auxiliary layers, in order."""
        return [channel for channel in self.inputs if channel["name"] not in (LST, NDVI)]

    def channel(self, name):
        return self.inputs[self.channel_names.index(name)]

    def to_dict(self):
        fields = dataclasses.asdict(self)
        fields["inputs"] = [dict(channel) for channel in self.inputs]
        if self.accuracy is None:
            del fields["accuracy"]
        if self.steps == 1:
            del fields["steps"]
        return fields


def card_path(model_id, directory=WEIGHTS_DIR):
    return Path(directory) / f"{model_id}.json"


def list_models(directory=WEIGHTS_DIR):
    """The ids of the models whose cards are in ``directory``, sorted."""
    return sorted(path.stem for path in Path(directory).glob("*.json"))


def read_card(model_id, directory=WEIGHTS_DIR):
    path = card_path(model_id, directory)
    if not path.exists():
        raise DownscalingError(
            f"The model card {path} is missing: reinstall the plugin, or train the model with "
            f"'python -m lst_downscaler.training --model {model_id}'.")
    try:
        fields = json.loads(path.read_text())
    except ValueError as error:
        raise DownscalingError(f"The model card {path} is not valid JSON ({error}): reinstall the plugin.") from error
    if not isinstance(fields, dict):
        raise DownscalingError(f"{path} is not a model card (a JSON object): give the .json card written beside "
                               "the model's .pt weights.")
    return ModelCard.from_dict(fields, f"The model card {path}")


def model_card(model_id, directory=WEIGHTS_DIR):
    """(the card, its folder) of the model ``model_id`` of ``directory``, or of the model file
    ``model_id`` when it is a path ending in .json (a card that training wrote beside its weights)."""
    if str(model_id).lower().endswith(".json"):
        path = Path(model_id)
        if not path.is_file():
            raise DownscalingError(f"The model file {path} does not exist: give the .json card of a model "
                                   "written by 'Train a downscaling network'.")
        model_id, directory = path.stem, path.parent
    return read_card(model_id, directory), directory


def write_card(card, directory=WEIGHTS_DIR):
    card_path(card.id, directory).write_text(json.dumps(card.to_dict(), indent=2) + "\n")


def bundled_card(model_id):
    """The card of a bundled model, or None when it is missing or unreadable (for help texts)."""
    try:
        return read_card(model_id)
    except DownscalingError:
        return None

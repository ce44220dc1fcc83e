"""The deep models this plugin ships: how each is trained and what it expects."""

from dataclasses import dataclass

from .losses import SifLoss


@dataclass(frozen=True)
class ModelSpec:
    id: str
    name: str
    #: "sif": self-supervised at the target scale; "supervised": trained on degraded pairs.
    training: str
    loss: SifLoss = None
    factor: int = 4


MODELS = {
    "sif_cnn_sr1": ModelSpec("sif_cnn_sr1", "SIF-CNN-SR1", "sif", SifLoss("sobel", alpha=0.99, gamma=-0.5)),
    "sif_cnn_sr2": ModelSpec("sif_cnn_sr2", "SIF-CNN-SR2", "sif", SifLoss("highpass", alpha=0.5, gamma=-0.25)),
    "sc_unet": ModelSpec("sc_unet", "SC-UNet", "supervised"),
}

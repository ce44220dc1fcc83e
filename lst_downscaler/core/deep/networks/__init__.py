"""The networks, one module each, and the one place that builds a network from its card."""

from ...errors import DownscalingError
from .dlstfm import Dlstfm
from .progressive import ProgressiveNet
from .srda_net import SrdaNet
from .unet import ResidualUNet

#: Architecture name (as the cards write it) -> network class; each class has a VERSION and is
#: built by ``from_card(card)`` when it has one, else with ``in_channels``, the card's channel count.
ARCHITECTURES = {"ResidualUNet": ResidualUNet, "SrdaNet": SrdaNet, "Dlstfm": Dlstfm, "ProgressiveNet": ProgressiveNet}


def create(architecture, channels):
    """A new network of a registered ``architecture`` for ``channels`` (a card's inputs), to train."""
    network = ARCHITECTURES.get(architecture)
    if network is None:
        raise DownscalingError(f"No architecture {architecture}: this plugin has {', '.join(ARCHITECTURES)}.")
    if hasattr(network, "for_channels"):
        return network.for_channels(channels)
    return network(in_channels=len(channels))


def build(card):
    """A new network of the architecture and version ``card`` names (weights not loaded)."""
    network = ARCHITECTURES.get(card.architecture)
    if network is None or card.architecture_version != network.VERSION:
        raise DownscalingError(
            f"The weights of {card.id} are for {card.architecture} version {card.architecture_version}; "
            f"this plugin runs {', '.join(f'{name} version {net.VERSION}' for name, net in ARCHITECTURES.items())}: "
            "install the weights that came with this plugin version.")
    if hasattr(network, "from_card"):
        return network.from_card(card)
    return network(in_channels=len(card.inputs))

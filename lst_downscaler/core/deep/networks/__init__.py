"""The networks, one module each, and the one place that builds a network from its card."""

from ...errors import DownscalingError
from .srda_net import SrdaNet
from .unet import ResidualUNet

#: Architecture name (as the cards write it) -> network class; each class has a VERSION.
ARCHITECTURES = {"ResidualUNet": ResidualUNet, "SrdaNet": SrdaNet}


def build(card):
    """A new network of the architecture and version ``card`` names (weights not loaded)."""
    network = ARCHITECTURES.get(card.architecture)
    if network is None or card.architecture_version != network.VERSION:
        raise DownscalingError(
            f"The weights of {card.id} are for {card.architecture} version {card.architecture_version}; "
            f"this plugin runs {', '.join(f'{name} version {net.VERSION}' for name, net in ARCHITECTURES.items())}: "
            "install the weights that came with this plugin version.")
    # a network whose size depends on the card (input channels, widths) builds itself from it
    return network.from_card(card) if hasattr(network, "from_card") else network()

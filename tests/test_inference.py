"""The inference form of the networks (folded batch norms, edge-replicated convolutions,
channels-last memory) computes what the trained network computes."""

import pytest

torch = pytest.importorskip("torch", reason="PyTorch is not installed")
from torch import nn  # noqa: E402

from lst_downscaler.core.deep.inference import (ConcatenatedConv2d, EdgeReplicatedConv2d, channels_last,  # noqa: E402
                                                for_inference)
from lst_downscaler.core.deep.networks.progressive import ProgressiveNet  # noqa: E402
from lst_downscaler.core.deep.networks.srda_net import SrdaNet  # noqa: E402
from lst_downscaler.core.deep.networks.unet import ResidualUNet  # noqa: E402
from lst_downscaler.core.deep.weights import load_model  # noqa: E402


def trained_like(model, seed=0):
    """``model`` in eval mode with batch-norm statistics and every weight away from their
    initial values (a zero-initialised head would hide any error in the layers before it)."""
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.add_(0.1 * torch.randn(parameter.shape, generator=generator))
        for norm in (m for m in model.modules() if isinstance(m, nn.BatchNorm2d)):
            norm.running_mean.uniform_(-1, 1, generator=generator)
            norm.running_var.uniform_(0.5, 2, generator=generator)
    return model.eval()


@pytest.mark.parametrize("network, shape", [
    (lambda: ResidualUNet(2), (1, 2, 96, 72)),
    (lambda: ProgressiveNet(10), (2, 10, 48, 40)),  # dilated convolutions: border bands up to 8 wide
    (lambda: SrdaNet(1), (1, 2, 32, 48)),
    (lambda: SrdaNet(2), (2, 3, 36, 44)),  # not a multiple of the attention's cells: the training form
])
def test_inference_form_computes_the_same(network, shape, one_torch_thread):
    model = trained_like(network())
    x = torch.randn(shape, generator=torch.Generator().manual_seed(1))
    fast = for_inference(model)
    with torch.inference_mode():
        expected, got = model(x), fast(channels_last(x))
    assert not any(isinstance(m, nn.BatchNorm2d) for m in fast.modules())
    # every replicate-padded convolution (some split in two, see ConcatenatedConv2d) without a padded copy
    replicated = [m for m in fast.modules() if isinstance(m, nn.Conv2d) and m.padding_mode == "replicate"]
    assert sum(isinstance(m, EdgeReplicatedConv2d) for m in fast.modules()) == len(replicated) > 0
    scale = expected.abs().max().item()
    assert scale > 0.5
    # channels-last kernels sum in another order: equal to float32 rounding of the largest values
    torch.testing.assert_close(got, expected, rtol=0, atol=1e-5 * scale)


def test_the_unet_decoder_convolves_its_two_inputs_without_concatenating_them(one_torch_thread):
    fast = for_inference(trained_like(ResidualUNet(2)))
    assert sum(isinstance(m, ConcatenatedConv2d) for m in fast.modules()) == 3  # one per decoder block


def test_srda_attention_runs_by_cells_and_its_gates_on_squeezed_channels(one_torch_thread):
    fast = for_inference(trained_like(SrdaNet(1)))
    names = [type(m).__name__ for m in fast.modules()]
    assert names.count("_CellCrossAttention") == 1
    assert names.count("_ReducedSqueezeExcitation") == 7 and "SqueezeExcitation" not in names


def test_the_trained_model_is_left_as_it_is(one_torch_thread):
    model, _ = load_model("sc_unet")
    before = {name: value.clone() for name, value in model.state_dict().items()}
    for_inference(model)
    assert any(isinstance(m, nn.BatchNorm2d) for m in model.modules())
    assert all(torch.equal(before[name], value) for name, value in model.state_dict().items())

"""SRDA-Net: network shapes, the bicubic skip, its loss on real MODIS patches, resumable
training, a tiny training run that writes a model the runtime loads, and the Processing
algorithm that runs the bundled weights in two x2 steps (1 km -> 500 m -> 250 m)."""

import subprocess

import numpy as np
import pytest
import rasterio

torch = pytest.importorskip("torch", reason="PyTorch is not installed")

from lst_downscaler.core.deep.losses import SrdaLoss  # noqa: E402
from lst_downscaler.core.deep.networks import ARCHITECTURES  # noqa: E402
from lst_downscaler.core.deep.networks.srda_net import SrdaNet  # noqa: E402
from lst_downscaler.core.deep.tasks import Patches, SrdaTask  # noqa: E402
from lst_downscaler.core.deep.weights import load_model  # noqa: E402
from lst_downscaler.training.patches import ensure_extracted, load_patches, normalisation, split_of  # noqa: E402
from lst_downscaler.training.checkpoints import last_checkpoint  # noqa: E402
from lst_downscaler.training.srda import train_and_save_srda, train_srda  # noqa: E402

from rasters import read, with_holes  # noqa: E402
from shared_data import ROOT, modis_aster, require  # noqa: E402

CACHE = ROOT / "build" / "cache"


pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def patches_root():
    return ensure_extracted(require("modis_patches_2020"), CACHE)


@pytest.fixture(scope="module")
def four(patches_root):
    """Task arrays of 4 real patches (MODIS LST 1 km + MOD13A2 NDVI), 2 km -> 1 km."""
    patches = load_patches(patches_root, limit=4)
    norm = normalisation(patches)
    task = SrdaTask(SrdaLoss(2))
    return task, [task.arrays(p.lst, p.layers, norm, 2) for p in patches]


@pytest.mark.parametrize("aux_channels", [1, 2, 5])
def test_forward_shapes(aux_channels):
    torch.manual_seed(0)
    model = SrdaNet(aux_channels)
    for height, width in ((64, 64), (40, 72)):
        x = torch.randn(2, 1 + aux_channels, height, width)
        assert model(x).shape == (2, 1, height, width)
    assert ARCHITECTURES["SrdaNet"] is SrdaNet
    assert 100_000 < sum(p.numel() for p in model.parameters()) < 300_000


def test_network_is_local():
    """No global pooling or attention: away from its edges a tile gives the whole scene's values
    (what tiled inference with feathered overlaps relies on)."""
    torch.manual_seed(0)
    model = SrdaNet(2).eval()
    for parameter in model.tail[2].parameters():
        torch.nn.init.normal_(parameter, std=0.1)  # not the bicubic identity of a fresh network
    x = torch.randn(1, 3, 192, 192)
    with torch.no_grad():
        whole, tile = model(x), model(x[..., :128, :128])
    assert (whole[..., 40:88, 40:88] - tile[..., 40:88, 40:88]).abs().max() < 1e-5


def test_untrained_network_is_bicubic(four):
    """The tail starts at zero: the output is the bicubic LST channel, exactly."""
    _, arrays = four
    inputs = torch.from_numpy(np.stack([a[0] for a in arrays]))
    with torch.no_grad():
        assert torch.equal(SrdaNet(1)(inputs), inputs[:, :1])


def test_loss_decreases_on_real_patches(four):
    task, arrays = four
    torch.manual_seed(0)
    model = SrdaNet(1)
    optimizer = torch.optim.Adam(list(model.parameters()) + list(task.loss_function.parameters()), lr=2e-3)
    batch = [torch.from_numpy(np.stack(part)) for part in zip(*arrays)]
    terms = task.loss_function.terms(model(batch[0]), *batch[1:])
    assert set(terms) == {"degradation", "charbonnier", "ms_ssim"}
    losses = []
    for _ in range(8):
        loss = task.loss(model, *batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    assert losses[-1] < losses[0]
    # without a target only the degradation term counts
    assert torch.isfinite(task.loss_function(model(batch[0]), batch[1], batch[2]))


def test_patch_sampler_keeps_grids_aligned(four):
    task, arrays = four
    samples = Patches(task, arrays, 2, size=32)
    inputs, coarse, coarse_valid, target, fine_valid = samples.batch(np.random.default_rng(0), 3)
    assert inputs.shape == (3, 2, 32, 32) and coarse.shape == (3, 1, 16, 16) and target.shape == (3, 1, 32, 32)


def test_split_is_fixed(patches_root):
    """The split of the 177 patch positions, fixed by a hash (no random state): 149/10/18."""
    from lst_downscaler.training.patches import LST_DIR
    positions = {path.name.split(".")[-2] for path in (patches_root / LST_DIR).glob("*.tif")}
    counts = {name: sum(split_of(p) == name for p in positions) for name in ("training", "validation", "test")}
    assert counts == {"training": 149, "validation": 10, "test": 18}


def options(patches_root, tmp_path, epochs):
    return dict(data=patches_root, cache=CACHE, checkpoints=tmp_path / "checkpoints", epochs=epochs,
                steps_per_epoch=2, batch_size=4, seed=0, limit=100, log=lambda line: None)


def test_resume_gives_the_same_state(patches_root, tmp_path):
    """Two epochs in one go, or one epoch, an interruption and a resume: the same weights."""
    straight, _ = train_srda(**options(patches_root, tmp_path / "a", 2))
    assert last_checkpoint(tmp_path / "a" / "checkpoints").name == "epoch_002.pt"
    # a 2-epoch run interrupted after its first epoch: only its first checkpoint is left
    first = torch.load(tmp_path / "a" / "checkpoints" / "epoch_001.pt", weights_only=False)
    (tmp_path / "c" / "checkpoints").mkdir(parents=True)
    torch.save(first, tmp_path / "c" / "checkpoints" / "epoch_001.pt")
    resumed, card = train_srda(**options(patches_root, tmp_path / "c", 2), resume=True)
    for name, value in straight.state_dict().items():
        assert torch.equal(value, resumed.state_dict()[name]), name


def test_tiny_training_writes_a_loadable_model(patches_root, tmp_path):
    card = train_and_save_srda(tmp_path / "model", "python -m lst_downscaler.training --model srda_net (test)",
                               **options(patches_root, tmp_path, 2))
    model, loaded = load_model("srda_net", directory=tmp_path / "model")
    assert isinstance(model, SrdaNet) and loaded.architecture == "SrdaNet" and loaded.scale_factor == 2
    assert len(loaded.inputs) == 2 and loaded.training["command"].startswith("python -m")
    accuracy = loaded.accuracy["closed_loop_2km_to_1km_test_positions"]
    assert accuracy["bicubic_rmse_k"] > 0 and accuracy["positions"] >= 1
    assert card.parameters == sum(p.numel() for p in model.parameters())


def test_bundled_weights_beat_bicubic_on_held_out_positions(patches_root):
    """The bundled card's 2 km -> 1 km accuracy, measured again on the held-out test positions."""
    from lst_downscaler.core.deep.registry import list_models
    if "srda_net" not in list_models():
        pytest.skip("no bundled SRDA-Net weights")
    from lst_downscaler.training.srda import closed_loop_rmse
    model, card = load_model("srda_net")
    recorded = card.accuracy["closed_loop_2km_to_1km_test_positions"]
    test_positions = set(card.training["positions"]["test"])
    assert not test_positions & set(card.training["positions"]["training"])
    patches = load_patches(patches_root, positions=test_positions)
    task = SrdaTask(SrdaLoss(2))
    rmse, bicubic = closed_loop_rmse(model, [task.arrays(p.lst, p.layers, card.inputs, 2) for p in patches],
                                     card.inputs)
    assert len(patches) == recorded["patches"]
    assert rmse == pytest.approx(recorded["rmse_k"], abs=2e-4)
    assert bicubic == pytest.approx(recorded["bicubic_rmse_k"], abs=2e-4)
    assert rmse < 0.9 * bicubic


@pytest.fixture(scope="module")
def pair():
    return [str(path) for path in modis_aster(0)]


def run_srda(lst, ndvi, output, **extra):
    import processing
    return processing.run("lst_downscaler:srda_net", dict({"LST": lst, "NDVI": ndvi, "DEVICE": 1,
                                                           "OUTPUT": str(output)}, **extra))


def test_algorithm_runs_two_steps_and_keeps_nodata(provider, pair, tmp_path):
    lst, ndvi, expected = with_holes(pair, tmp_path)
    run_srda(lst, ndvi, tmp_path / "out.tif")
    output, _ = read(tmp_path / "out.tif")
    assert np.array_equal(np.isnan(output), expected)
    assert 250 < np.nanmin(output) and np.nanmax(output) < 350
    with rasterio.open(tmp_path / "out.tif") as result, rasterio.open(ndvi) as fine:
        assert result.tags()["SCALE_FACTOR"] == "4" and result.transform.almost_equals(fine.transform)


def test_tiles_blend_without_seams_in_both_steps(pair, tmp_path):
    from lst_downscaler.core.deep.downscale import DeepOptions, downscale
    from lst_downscaler.core.io.raster import BandSource
    from lst_downscaler.core.ndvi import NdviBand
    for name, options in (("whole", dict(tile=512, overlap=0)), ("tiles", dict(tile=160, overlap=64, batch=3))):
        downscale("srda_net", BandSource(pair[0]), NdviBand(BandSource(pair[1])), str(tmp_path / f"{name}.tif"),
                  DeepOptions(device="cpu", **options))
    whole, tiles = read(tmp_path / "whole.tif")[0], read(tmp_path / "tiles.tif")[0]
    assert np.array_equal(np.isnan(whole), np.isnan(tiles))
    assert np.nanmax(np.abs(whole - tiles)) < 0.01


def test_qgis_process_runs_srda_net(qgis_process_env, pair, tmp_path):
    executable, env = qgis_process_env
    output = tmp_path / "srda.tif"
    completed = subprocess.run(
        [executable, "run", "lst_downscaler:srda_net", "--", f"LST={pair[0]}", f"NDVI={pair[1]}", "DEVICE=1",
         f"OUTPUT={output}"], env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "scale factor 4" in completed.stdout
    with rasterio.open(output) as result, rasterio.open(pair[1]) as fine:
        assert np.allclose(result.res, fine.res)

"""The general deep runtime with a user's model: "Train a downscaling network" from Processing on
three real MODIS scenes (MODIS LST + NDVI only, never the ASTER layers) with one further auxiliary
layer, then the model file run by a deep algorithm, tiled and untiled, and through qgis_process;
the same with the SRDA-Net recipe, whose model runs in two x2 steps through SRDA-Net.

The auxiliary layer is derived from real data: the local standard deviation (3 x 3 fine pixels)
of each scene's MODIS NDVI, a texture layer that stands for a DEM or an albedo here.
"""

import hashlib
import json
import subprocess
import warnings

import numpy as np
import pytest
import rasterio

torch = pytest.importorskip("torch", reason="PyTorch is not installed")

from lst_downscaler.core.deep.downscale import DeepOptions, downscale  # noqa: E402
from lst_downscaler.core.evaluation.metrics import accuracy, read_on_reference  # noqa: E402
from lst_downscaler.core.io.raster import BandSource  # noqa: E402
from lst_downscaler.core.ndvi import NdviBand  # noqa: E402

from rasters import read  # noqa: E402
from shared_data import modis_aster  # noqa: E402

PAIRS = (0, 102, 104)  # the first three pairs of index.json


def ndvi_texture(ndvi_path, destination):
    """The 3 x 3 local standard deviation of the NDVI (NaN where the NDVI has none), -9999 nodata."""
    values, profile = read(ndvi_path)
    padded = np.pad(values, 1, mode="edge")
    windows = np.lib.stride_tricks.sliding_window_view(padded, (3, 3))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # windows with no NDVI at all
        texture = np.nanstd(windows, axis=(-2, -1))
    texture[np.isnan(values)] = np.nan
    profile.update(dtype="float32", nodata=-9999.0)
    with rasterio.open(destination, "w", **profile) as dataset:
        dataset.write(np.where(np.isnan(texture), -9999.0, texture).astype(np.float32), 1)
    return str(destination)


@pytest.fixture(scope="module")
def scenes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scenes")
    out = []
    for pair_id in PAIRS:
        lst, ndvi, aster = (str(p) for p in modis_aster(pair_id))
        out.append((lst, ndvi, ndvi_texture(ndvi, folder / f"{pair_id}_ndvi_texture.tif"), aster))
    return out


def train(scenes, output, seed=0, recipe=0):
    import processing
    return processing.run("lst_downscaler:train_network", {
        "LST_LAYERS": [s[0] for s in scenes], "NDVI_LAYERS": [s[1] for s in scenes],
        "AUXILIARY": [s[2] for s in scenes], "AUXILIARY_NAMES": "ndvi_texture", "RECIPE": recipe,
        "EPOCHS": 2, "STEPS_PER_EPOCH": 2, "PATCH_SIZE": 16, "BATCH_SIZE": 2, "SEED": seed, "DEVICE": 1,
        "OUTPUT": str(output)})


@pytest.fixture(scope="module")
def model_file(provider, scenes, tmp_path_factory):
    output = tmp_path_factory.mktemp("model") / "texture_model.json"
    train(scenes, output)
    return output


@pytest.fixture(scope="module")
def srda_model_file(provider, scenes, tmp_path_factory):
    output = tmp_path_factory.mktemp("srda_model") / "texture_srda.json"
    train(scenes, output, recipe=3)
    return output


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_training_writes_a_model_file_with_its_card(model_file):
    card = json.loads(model_file.read_text())
    assert [c["name"] for c in card["inputs"]] == ["lst", "ndvi", "ndvi_texture"]
    assert card["architecture"] == "ResidualUNet" and card["training"]["task"] == "sif_cnn_sr2"
    assert len(card["training"]["history"]) == 2 and np.isfinite(card["training"]["validation_loss"])
    assert "train_network" in card["training"]["command"] and "aster_lst" not in card["training"]["data"]
    assert card["weights_sha256"] == sha256(model_file.with_suffix(".pt"))


def test_training_is_seeded(provider, scenes, model_file, tmp_path):
    """The same layers and seed give the same weights (torch.save names its archive after the file,
    so the tensors are compared, not the files' bytes)."""
    train(scenes, tmp_path / "again.json")
    again = torch.load(tmp_path / "again.pt", weights_only=True)
    first = torch.load(model_file.with_suffix(".pt"), weights_only=True)
    assert again.keys() == first.keys() and all(torch.equal(again[k], first[k]) for k in first)


def test_model_file_runs_through_the_algorithm(provider, scenes, model_file, tmp_path):
    import processing
    lst, ndvi, texture, aster = scenes[0]
    output = str(tmp_path / "user.tif")
    processing.run("lst_downscaler:sif_cnn_sr2", {"LST": lst, "NDVI": ndvi, "AUXILIARY": [texture],
                                                  "MODEL_FILE": str(model_file), "DEVICE": 1, "OUTPUT": output})
    with rasterio.open(output) as dataset:
        assert dataset.tags()["METHOD"] == "texture_model"
    metrics = accuracy(*read_on_reference(output, aster))
    assert metrics["n"] > 30000 and metrics["rmse"] < 6  # a few steps of training: a smoke test, not accuracy


def test_user_model_tiles_blend_without_seams(scenes, model_file, tmp_path):
    lst, ndvi, texture, _ = scenes[1]
    for name, options in (("whole", dict(tile=512, overlap=0)), ("tiles", dict(tile=192, batch=3))):
        downscale(str(model_file), BandSource(lst), NdviBand(BandSource(ndvi)), str(tmp_path / f"{name}.tif"),
                  DeepOptions(device="cpu", **options), auxiliary=[BandSource(texture)])
    whole, tiles = read(tmp_path / "whole.tif")[0], read(tmp_path / "tiles.tif")[0]
    assert np.array_equal(np.isnan(whole), np.isnan(tiles))
    assert np.nanmax(np.abs(whole - tiles)) < 0.01


def test_missing_auxiliary_layer_and_wrong_cards_are_explained(provider, scenes, model_file, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    lst, ndvi, texture, _ = scenes[0]
    base = {"LST": lst, "NDVI": ndvi, "DEVICE": 1, "OUTPUT": str(tmp_path / "o.tif")}
    with pytest.raises(QgsProcessingException, match=r"takes 1 further auxiliary layer\(s\) \(ndvi_texture\)"):
        processing.run("lst_downscaler:sif_cnn_sr2", dict(base, MODEL_FILE=str(model_file)))
    with pytest.raises(QgsProcessingException, match="takes 0 further auxiliary"):
        processing.run("lst_downscaler:sif_cnn_sr2", dict(base, AUXILIARY=[texture]))
    card = json.loads(model_file.read_text())
    cases = {"unknown_net": (dict(card, architecture="NoSuchNet"), "NoSuchNet version"),
             "bad_sha": (dict(card, weights_sha256="0" * 64), "corrupt"),
             "old_card": (dict(card, inputs=["LST", "NDVI"]), "input channels")}
    for name, (content, message) in cases.items():
        path = model_file.parent / f"{name}.json"
        path.write_text(json.dumps(content))
        with pytest.raises(QgsProcessingException, match=message):
            processing.run("lst_downscaler:sif_cnn_sr2", dict(base, AUXILIARY=[texture], MODEL_FILE=str(path)))
    assert not (tmp_path / "o.tif").exists()


def test_training_refuses_unpaired_layers(provider, scenes, tmp_path):
    import processing
    from qgis.core import QgsProcessingException
    with pytest.raises(QgsProcessingException, match="one NDVI layer per LST layer"):
        processing.run("lst_downscaler:train_network", {
            "LST_LAYERS": [scenes[0][0], scenes[1][0]], "NDVI_LAYERS": [scenes[0][1]],
            "OUTPUT": str(tmp_path / "m.json")})
    with pytest.raises(QgsProcessingException, match="same number of layers for every scene"):
        processing.run("lst_downscaler:train_network", {
            "LST_LAYERS": [scenes[0][0], scenes[1][0]], "NDVI_LAYERS": [scenes[0][1], scenes[1][1]],
            "AUXILIARY": [scenes[0][2]], "OUTPUT": str(tmp_path / "m.json")})


def test_qgis_process_runs_a_user_model(qgis_process_env, scenes, model_file, tmp_path):
    executable, env = qgis_process_env
    lst, ndvi, texture, aster = scenes[2]
    output = tmp_path / "user.tif"
    completed = subprocess.run(
        [executable, "run", "lst_downscaler:sc_unet", "--", f"LST={lst}", f"NDVI={ndvi}", f"AUXILIARY={texture}",
         f"MODEL_FILE={model_file}", "DEVICE=1", f"OUTPUT={output}"],
        env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "texture_model" in completed.stdout and "Ran on cpu" in completed.stdout
    assert accuracy(*read_on_reference(str(output), aster))["n"] > 30000


def test_srda_recipe_runs_in_two_steps_with_the_extra_layer(provider, scenes, srda_model_file, tmp_path):
    """A model of the SRDA-Net recipe, trained with the texture layer, runs through SRDA-Net: two
    x2 steps from the 1 km LST to the 250 m NDVI grid, the texture block-averaged onto each."""
    import processing
    card = json.loads(srda_model_file.read_text())
    assert card["architecture"] == "SrdaNet" and card["training"]["task"] == "srda_net"
    assert (card["scale_factor"], card["steps"]) == (2, 2)
    assert [c["name"] for c in card["inputs"]] == ["lst", "ndvi", "ndvi_texture"]
    lst, ndvi, texture, aster = scenes[0]
    output = str(tmp_path / "srda_user.tif")
    processing.run("lst_downscaler:srda_net", {"LST": lst, "NDVI": ndvi, "AUXILIARY": [texture],
                                               "MODEL_FILE": str(srda_model_file), "DEVICE": 1, "OUTPUT": output})
    with rasterio.open(output) as result, rasterio.open(ndvi) as fine:
        assert result.tags()["METHOD"] == "texture_srda" and result.tags()["SCALE_FACTOR"] == "4"
        assert np.allclose(result.res, fine.res) and abs(result.height - fine.height) <= 4
    assert accuracy(*read_on_reference(output, aster))["rmse"] < 6  # a few steps of training: a smoke test

"""Stage 0 of progressive self-training: the bundled weights, learnt on the shared Landsat crops.

Each scene is prepared by the plugin's own Landsat preparation (LST in K and 6-band reflectance
at 30 m; Level-1: brightness temperature and TOA reflectance), brought to the native resolution of
its thermal band (T^4 block means; reflectance block means), and degraded again by 2, 3 and 4:
the network learns the native LST back. ``--exclude`` leaves scenes out (the benchmark's
leave-one-scene-out weights). Seeded and resumable from per-epoch checkpoints.
"""

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio
import torch

from ..core.deep.networks.progressive import ProgressiveNet
from ..core.deep.registry import LST, channel
from ..core.deep.self_training import (OPTICAL_CHANNELS, REFLECTANCE_ROLES, STAGE0_FACTORS, ProgressiveTask,
                                       optical_layers)
from ..core.deep.tasks import Patches
from ..core.deep.weights import save_model
from ..core.evaluation.aggregate import energy_conserving_mean
from ..core.io import resample
from ..core.sensors.landsat import (LandsatScene, thermal_calibration, write_brightness_temperature, write_lst_kelvin,
                                    write_reflectance, write_toa_reflectance)
from .checkpoints import save_checkpoint, start_or_resume
from .epochs import run_epoch

#: Native resolution of the thermal band (m) by Landsat number: TM 120 m, ETM+ 60 m, TIRS 100 m.
NATIVE_THERMAL_METRES = {4: 120, 5: 120, 7: 60, 8: 100, 9: 100}
DESCRIPTIONS = {LST: "LST (K) bicubic-upsampled from the coarse grid onto the fine grid",
                "ndvi": "NDVI", "ndbi": "NDBI (SWIR 1, NIR)", "mndwi": "MNDWI (green, SWIR 1)",
                **{role: f"{role} reflectance (0-1)" for role in REFLECTANCE_ROLES}}


@dataclass
class LandsatCrop:
    """A prepared Landsat scene at 30 m: LST (K, NaN nodata), reflectance by role, and how many 30 m
    pixels make one pixel of its native thermal band."""

    name: str
    lst: np.ndarray
    reflectance: dict
    native_factor: int
    level: int
    transform: object
    crs: object

    def native(self):
        """(LST, optical layers) on the native grid of the thermal band: T^4 and plain block means."""
        k = self.native_factor
        rows, cols = (n // k for n in self.lst.shape)
        lst = energy_conserving_mean(self.lst, k)[:rows, :cols]
        reflectance = {role: resample.block_mean(band, k)[:rows, :cols] for role, band in self.reflectance.items()}
        return lst, optical_layers(reflectance)


def read_all(path):
    """(bands with NaN for nodata, transform, crs) of a GeoTIFF."""
    with rasterio.open(path) as dataset:
        return dataset.read(masked=True).astype(np.float64).filled(np.nan), dataset.transform, dataset.crs


def load_crop(folder):
    """A Landsat scene folder (Level-2: ST + SR; Level-1: BT + TOA reflectance) prepared at 30 m."""
    scene = LandsatScene.open(folder)
    level = 2 if scene.thermal_band in scene.bands else 1
    with tempfile.TemporaryDirectory(prefix="progressive-") as tmp:
        lst_path, reflectance_path = Path(tmp) / "lst.tif", Path(tmp) / "reflectance.tif"
        if level == 2:
            write_lst_kelvin(scene, lst_path)
            write_reflectance(scene, reflectance_path)
        else:
            write_brightness_temperature(scene, thermal_calibration(scene), lst_path)
            write_toa_reflectance(scene, reflectance_path)
        (lst, *_), transform, crs = read_all(lst_path)
        bands = read_all(reflectance_path)[0]
    native = NATIVE_THERMAL_METRES[scene.landsat_number]
    return LandsatCrop(Path(folder).name, lst, dict(zip(REFLECTANCE_ROLES, bands)), round(native / 30), level,
                       transform, crs)


def normalisation(natives):
    """The card's channels: mean and standard deviation of each over the training scenes."""
    channels = []
    for name in (LST,) + OPTICAL_CHANNELS:
        values = np.concatenate([(lst if name == LST else layers[name]).ravel() for lst, layers in natives])
        values = values[np.isfinite(values)]
        channels.append(channel(name, DESCRIPTIONS[name], values.mean(), values.std()))
    return channels


def train_progressive(folders, checkpoints, epochs, steps_per_epoch, batch_size, seed, learning_rate=2e-3,
                      resume=False, keep=2, log=print):
    """Train stage 0 on the Landsat scene ``folders``; returns (model, card fields)."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    crops = [load_crop(folder) for folder in folders]
    natives = [crop.native() for crop in crops]
    channels = normalisation(natives)
    task = ProgressiveTask()
    items = [task.arrays(lst, layers, channels, factor) for lst, layers in natives for factor in STAGE0_FACTORS]
    samples = Patches(task, items, 1, size=task.crop)
    model = ProgressiveNet(in_channels=len(channels))
    optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)
    scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, epochs * steps_per_epoch)
    parts = {"model": model, "optimizer": optimizer, "scheduler": scheduler}
    state = start_or_resume(checkpoints, rng, resume, log, parts)
    log(f"{len(crops)} scenes ({', '.join(c.name for c in crops)}); {sum(p.numel() for p in model.parameters())} "
        "parameters")
    start = time.perf_counter() - state["seconds"]
    for epoch in range(state["epoch"], epochs):
        total = run_epoch(model, lambda: task.loss(model, *samples.batch(rng, batch_size)), steps_per_epoch,
                          optimizer, scheduler)
        rmse, bicubic = native_rmse(model, items, channels)
        state["epoch"], state["seconds"] = epoch + 1, time.perf_counter() - start
        state["history"].append([round(total, 5), round(rmse, 4), round(bicubic, 4)])
        log(f"epoch {epoch + 1}/{epochs}: loss {total:.4f}, training-scene RMSE {rmse:.3f} K "
            f"(bicubic {bicubic:.3f} K) ({state['seconds']:.0f} s)")
        save_checkpoint(checkpoints, epoch + 1, rng, state, keep, **parts)
    card = {
        "id": "progressive_landsat", "name": "Progressive self-training (Landsat, stage 0)", "scale_factor": 3,
        "inputs": channels,
        "training": {
            "data": "; ".join(f"{c.name} (Level-{c.level}, thermal band native {30 * c.native_factor} m)" for c in crops)
                    + " from ../shared/data/landsat, prepared by the plugin's Landsat preparation at 30 m, brought to "
                      "the thermal band's native resolution (T^4 block means; reflectance block means) and degraded "
                      f"by {', '.join(map(str, STAGE0_FACTORS))} (T^4 block means): the native LST is the target",
            "kind": task.kind, "loss": "L1 + L1 of the horizontal and vertical differences",
            "epochs": epochs, "steps_per_epoch": steps_per_epoch, "batch_size": batch_size, "crop": task.crop,
            "seed": seed, "optimizer": f"Adam {learning_rate:g}, cosine decay",
            "augmentation": "random 90-degree rotations and flips", "seconds": round(state["seconds"]),
            "hardware": f"CPU only, {torch.get_num_threads()} thread(s); no GPU",
            "history": state["history"],
            "history_columns": ["training loss", "training-scene RMSE K", "bicubic RMSE K"],
        },
    }
    return model, card


def native_rmse(model, items, channels):
    """(network, bicubic) RMSE in K over the training items, whole, at the native grid."""
    model.eval()
    std = channels[0]["std"]
    squared, count = {"network": 0.0, "bicubic": 0.0}, 0
    with torch.no_grad():
        for inputs, target, valid in items:
            x = torch.from_numpy(inputs[None])
            for name, z in (("network", model(x)[0].numpy()), ("bicubic", inputs[:1])):
                squared[name] += float((((z - target) * std)[valid] ** 2).sum())
            count += int(valid.sum())
    return (squared["network"] / count) ** 0.5, (squared["bicubic"] / count) ** 0.5


def train_and_save_progressive(out, command, **options):
    model, card = train_progressive(**options)
    card["training"]["command"] = command
    return save_model(model, card, out)


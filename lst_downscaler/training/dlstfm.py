"""Training of DLSTFM on real ECOSTRESS LST of Los Angeles (``ecostress_la``): closed loops
fine t1 + coarse t1 + coarse t2 -> fine t2, the fine truth at t2 being the real granule.

Every granule (~70 m, cloud-masked with its cloud mask) is warped (bilinear) onto the grid
of one reference granule; the coarse sensor is the energy-conserving (T^4) aggregate of each
granule by 14 (~1 km), interpolated by cubic convolution onto the fine grid, as in
bench/fusion.py. Training pairs are the ordered pairs (t1 != t2) of the training dates of the
same kind (daytime with daytime, night with night); random crops, rotations and flips.

The daytime dates of ``HELD_OUT`` are never trained on, as input or as truth: their ordered
pairs are the validation logged at each epoch and the DLSTFM rows of the bench. The weights
are those of the last epoch (no choice of epoch on the held-out pairs).

Seeded and resumable: every epoch writes ``<checkpoints>/epoch_NNN.pt`` and ``--resume``
continues from the last one (with the same command: the one-cycle learning rate spans the
``--epochs`` of the first run).
"""

import itertools
import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine
import torch
from rasterio.enums import Resampling
from rasterio.warp import reproject

from ..core.deep.fusion import CoarseFootprints, energy_correction, network_inputs
from ..core.deep.losses import charbonnier
from ..core.deep.networks.dlstfm import Dlstfm
from ..core.deep.registry import FUSION_CHANNELS, channel
from ..core.deep.weights import save_model
from ..core.evaluation.aggregate import energy_conserving_mean
from ..core.io import resample
from ..core.io.grid import Grid
from .checkpoints import save_checkpoint, start_or_resume
from .epochs import run_epoch

FACTOR = 14
#: Granule time stamps (doy + UTC time; Los Angeles local time is UTC - 7).
DAY = ("2023184152551", "2023202005411", "2023205231732", "2023209214058", "2023217182715",
       "2023226223548", "2023230210126", "2023238175031")
NIGHT = ("2023175112358", "2023179094538", "2023183080644", "2023190054140", "2023194040614",
         "2023207063732", "2023211050130")
#: Daytime dates never trained on: 07-28 14:40, 08-14 15:35 and 08-26 10:50 local time.
HELD_OUT = ("2023209214058", "2023226223548", "2023238175031")
REFERENCE = "2023202005411"  # the granule whose grid every granule is warped onto
HYPERPARAMETERS = {"channels": 32, "branch_blocks": 1, "fusion_blocks": 2}
VALIDATION_CROP = 36 * FACTOR  # central crop, whole coarse blocks
MIN_VALID = 0.5                # training crops with fewer valid truth pixels are drawn again


def held_out_pairs():
    return list(itertools.permutations(HELD_OUT, 2))


def training_pairs():
    pairs = []
    for dates in (DAY, NIGHT):
        kept = [d for d in dates if d not in HELD_OUT]
        pairs += list(itertools.permutations(kept, 2))
    return pairs


def granule_kelvin(folder, stamp):
    """(K with NaN for nodata and cloud, transform, crs) of one granule on its own grid."""
    folder = Path(folder)
    with rasterio.open(folder / "lst" / f"ECO_L2_LSTE.002_LST_doy{stamp}_aid0001.tif") as dataset, \
            rasterio.open(folder / "cloud_mask" / f"ECO_L2_LSTE.002_cloud_mask_doy{stamp}_aid0001.tif") as cloud:
        dn = dataset.read(1)
        kelvin = np.where((dn == 0) | (cloud.read(1) == 1), np.nan, dn * 0.02).astype(np.float32)
        return kelvin, dataset.transform, dataset.crs


@dataclass
class Date:
    fine: np.ndarray          # (H, W) K on the reference grid, NaN for nodata
    coarse: np.ndarray        # T^4 aggregate by FACTOR, NaN where a block has nodata
    coarse_fine: np.ndarray   # coarse, gap-filled, cubic onto the fine grid
    coarse_valid: np.ndarray  # fine pixels whose coarse block is valid
    grid: Grid                # the reference grid


def load_dates(folder, stamps):
    """{stamp: Date} with every granule warped onto the reference granule's grid."""
    reference, transform, crs = granule_kelvin(folder, REFERENCE)
    grid = Grid(crs, transform, reference.shape[1], reference.shape[0])
    dates = {}
    for stamp in stamps:
        kelvin, source_transform, source_crs = granule_kelvin(folder, stamp)
        fine = np.full(reference.shape, np.nan, np.float32)
        reproject(kelvin, fine, src_transform=source_transform, src_crs=source_crs, src_nodata=np.nan,
                  dst_transform=transform, dst_crs=crs, dst_nodata=np.nan, resampling=Resampling.bilinear)
        coarse = energy_conserving_mean(fine, FACTOR)
        height, width = fine.shape
        dates[stamp] = Date(fine, coarse,
                            resample.upsample_cubic(resample.fill_gaps(coarse), FACTOR, 0, height, width),
                            resample.covered(coarse, FACTOR, 0, height, width), grid)
    return dates


def pair_arrays(t1, t2, rows, cols):
    """(network input (3, h, w), truth (h, w), valid mask) of the pair over a window."""
    f1 = t1.fine[rows, cols]
    inputs = network_inputs(f1, t1.coarse_fine[rows, cols], t2.coarse_fine[rows, cols])
    truth = t2.fine[rows, cols]
    valid = (np.isfinite(f1) & np.isfinite(truth) & t1.coarse_valid[rows, cols] & t2.coarse_valid[rows, cols])
    return inputs, np.nan_to_num(truth), valid


def sample_batch(dates, pairs, rng, batch, crop):
    inputs, truths, masks = [], [], []
    height, width = next(iter(dates.values())).fine.shape
    while len(inputs) < batch:
        t1, t2 = pairs[rng.integers(len(pairs))]
        row, col = rng.integers(height - crop), rng.integers(width - crop)
        x, y, m = pair_arrays(dates[t1], dates[t2], slice(row, row + crop), slice(col, col + crop))
        if m.mean() < MIN_VALID:
            continue
        k, flip = rng.integers(4), rng.integers(2)
        x, y, m = (np.rot90(a, k, axes=(-2, -1)) for a in (x, y, m))
        if flip:
            x, y, m = (a[..., ::-1] for a in (x, y, m))
        inputs.append(x.copy())
        truths.append(y.copy())
        masks.append(m.copy())
    return (torch.from_numpy(np.stack(inputs)), torch.from_numpy(np.stack(truths)),
            torch.from_numpy(np.stack(masks)))


def validation_window(shape):
    """Central window of VALIDATION_CROP pixels starting on a coarse block boundary."""
    row = (shape[0] - VALIDATION_CROP) // 2 // FACTOR * FACTOR
    col = (shape[1] - VALIDATION_CROP) // 2 // FACTOR * FACTOR
    return slice(row, row + VALIDATION_CROP), slice(col, col + VALIDATION_CROP)


def validation_footprints(date, rows, cols):
    """The coarse pixels of ``date`` over the window (whole blocks) and the window's fine grid."""
    transform = date.grid.transform
    fine = Grid(date.grid.crs, transform * Affine.translation(cols.start, rows.start), cols.stop - cols.start,
                rows.stop - rows.start)
    coarse = date.coarse[rows.start // FACTOR:rows.stop // FACTOR, cols.start // FACTOR:cols.stop // FACTOR]
    return CoarseFootprints(coarse, fine.coarsened(FACTOR), fine)


def held_out_rmse(model, dates, pairs):
    """{method: mean RMSE (K) over ``pairs``} on the central validation window: DLSTFM with the
    energy correction, and the two baselines (coarse t2 cubic, fine t1 + cubic change)."""
    model.eval()
    results = {"DLSTFM": [], "coarse t2 cubic": [], "fine t1 + cubic change": []}
    for t1, t2 in pairs:
        rows, cols = validation_window(dates[t1].fine.shape)
        x, truth, valid = pair_arrays(dates[t1], dates[t2], rows, cols)
        with torch.no_grad():
            raw = model(torch.from_numpy(x[None]))[0].numpy()
        raw[~valid] = np.nan
        outputs = {"DLSTFM": energy_correction(raw, validation_footprints(dates[t2], rows, cols)),
                   "coarse t2 cubic": x[2],
                   "fine t1 + cubic change": x[0] + x[2] - x[1]}
        for name, output in outputs.items():
            error = (output - truth)[valid & np.isfinite(output)]
            results[name].append(math.sqrt(float(np.mean(error ** 2))))
    return {name: float(np.mean(values)) for name, values in results.items()}


def train_dlstfm(data, checkpoints, epochs, steps_per_epoch, batch_size, crop, seed, learning_rate=2e-3,
                 resume=False, keep=2, log=print):
    """Train DLSTFM; returns (model of the last epoch, card fields)."""
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    train_pairs, test_pairs = training_pairs(), held_out_pairs()
    dates = load_dates(data, sorted({d for pair in train_pairs + test_pairs for d in pair}))
    training_values = np.concatenate([dates[d].fine[::7, ::7].ravel() for d in {p[0] for p in train_pairs}])
    mean, std = float(np.nanmean(training_values)), float(np.nanstd(training_values))
    model = Dlstfm(mean=mean, std=std, **HYPERPARAMETERS)
    optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate)
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, learning_rate, total_steps=epochs * steps_per_epoch,
                                                    pct_start=0.1)
    parts = {"model": model, "optimizer": optimizer, "scheduler": scheduler}
    state = start_or_resume(checkpoints, rng, resume, log, parts)
    log(f"{len(train_pairs)} training pairs, {len(test_pairs)} held-out pairs ({', '.join(HELD_OUT)}); "
        f"LST mean {mean:.2f} K, std {std:.2f} K; {sum(p.numel() for p in model.parameters())} parameters")
    start = time.perf_counter() - state["seconds"]
    for epoch in range(state["epoch"], epochs):
        def batch_loss():
            x, truth, valid = sample_batch(dates, train_pairs, rng, batch_size, crop)
            return charbonnier(model(x), truth, valid, epsilon=0.01)

        total = run_epoch(model, batch_loss, steps_per_epoch, optimizer, scheduler)
        rmse = held_out_rmse(model, dates, test_pairs)
        state["epoch"] = epoch + 1
        state["seconds"] = time.perf_counter() - start
        state["history"].append([round(total, 5)] + [round(v, 4) for v in rmse.values()])
        log(f"epoch {epoch + 1}/{epochs}: training loss {total:.4f} K, held-out RMSE "
            + ", ".join(f"{k} {v:.4f} K" for k, v in rmse.items()) + f" ({state['seconds']:.0f} s)")
        save_checkpoint(checkpoints, epoch + 1, rng, state, keep, **parts)
    rmse = held_out_rmse(model, dates, test_pairs)
    lst = {"mean": mean, "std": std}
    card = {
        "id": "dlstfm", "name": "DLSTFM", "scale_factor": FACTOR,
        "inputs": [channel(name, description, **lst) for name, description in zip(FUSION_CHANNELS, (
            "fine LST at t1 (K) on the output grid",
            "coarse LST at t1 (K), cubic convolution onto the fine grid",
            "coarse LST at t2 (K), cubic convolution onto the fine grid"))],
        "training": {
            "data": "../shared/data/ecostress_la (ECOSTRESS L2 LSTE v002, Los Angeles, 2023-06-24 to 08-26, "
                    "~70 m, cloud-masked; every granule warped bilinearly onto the grid of "
                    f"{REFERENCE}); coarse sensor = T^4 aggregate by {FACTOR} (~1 km), cubic onto the fine grid",
            "kind": "fusion closed loop: fine t1 + coarse t1 + coarse t2 -> fine t2 (the real granule)",
            "split": f"dates: held out (never trained on, validation and bench) {list(HELD_OUT)}; training "
                     "pairs: ordered pairs of the other dates, daytime with daytime, night with night",
            "training_dates": sorted({d for pair in train_pairs for d in pair}),
            "held_out_dates": list(HELD_OUT),
            "training_pairs": len(train_pairs), "held_out_pairs": len(test_pairs),
            "loss": "Charbonnier (eps 0.01 K) on valid pixels, before the energy correction",
            "hyperparameters": HYPERPARAMETERS,
            "epochs": epochs, "steps_per_epoch": steps_per_epoch, "batch_size": batch_size, "crop": crop,
            "seed": seed, "optimizer": f"Adam, one-cycle learning rate up to {learning_rate:g}",
            "augmentation": "random crops, 90-degree rotations and flips",
            "weights": "last epoch (no epoch chosen on the held-out pairs)",
            "seconds": round(state["seconds"]),
            "history": state["history"],
            "history_columns": ["training loss K", "held-out RMSE K: DLSTFM (energy-corrected)",
                                "coarse t2 cubic", "fine t1 + cubic change"],
        },
        "accuracy": {"ecostress_held_out_pairs_central_crop": {
            "pairs": [f"{a}->{b}" for a, b in test_pairs], "crop": VALIDATION_CROP,
            "rmse_k": {k: round(v, 4) for k, v in rmse.items()},
            "ratio_to_best_baseline": round(rmse["DLSTFM"] / min(rmse["coarse t2 cubic"],
                                                                 rmse["fine t1 + cubic change"]), 4)}},
    }
    return model, card


def train_and_save_dlstfm(out, command, hardware, **options):
    model, card = train_dlstfm(**options)
    card["training"]["command"] = command
    card["training"]["hardware"] = hardware
    return save_model(model, card, out)

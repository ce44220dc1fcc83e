"""Progressive self-training (after Shen et al. 2026): what the network sees, how its bundled
stage learns, and the two per-scene fine-tuning stages that need no fine truth.

- Stage 0 (bundled weights, ``ProgressiveTask``): the LST at its native resolution is degraded
  (T^4 block means) by 2, 3 or 4 and learnt back with the optical layers block-averaged onto the
  native grid: L1 + L1 of the gradients.
- On the scene (``fine_tune``): stage 0 again on the scene's own LST degraded by 2 and 3 (the
  scale-invariance that TsHARP also assumes), then stages 1 and 2: the network's fine output, corrected so that its T^4
  block means equal the observed LST, becomes a pseudo-label; the network is fine-tuned on it with
  a consistency loss against the observed LST. Stage 2 repeats with fresh pseudo-labels and drops
  the pixels whose correction was large (where the network and the observation disagree most).
  Crops are sampled at random, so the cost grows with the number of steps, not the scene size.
"""

import copy
from dataclasses import dataclass

import numpy as np
import torch
from torch.nn import functional as F

from ..io import resample
from ..sensors.indices import NORMALISED_DIFFERENCES, SpectralIndex, index_values
from ..errors import Canceled, DownscalingError
from .inputs import network_inputs, to_kelvin, z_score
from .registry import LST, NDVI
from .tasks import Patches, dihedral

#: The optical channels, in the card's order after the LST: the NDVI, the six reflectance bands
#: (blue, green, red, NIR, SWIR 1, SWIR 2) and two more indices.
REFLECTANCE_ROLES = ("blue", "green", "red", "nir", "swir1", "swir2")
INDEX_CHANNELS = {"ndbi": SpectralIndex.NDBI, "mndwi": SpectralIndex.MNDWI}
OPTICAL_CHANNELS = (NDVI,) + REFLECTANCE_ROLES + tuple(INDEX_CHANNELS)
#: Factors of the stage-0 degradation: the network learns them all, so it does not depend on one.
STAGE0_FACTORS = (2, 3, 4)
LEARNING_RATE = 2e-4
#: Consistency with the observed LST, against the pseudo-label term (both in z-scored units).
CONSISTENCY_WEIGHT = 1.0
#: Stage 2 drops pixels whose correction exceeds this many robust standard deviations.
OUTLIER_SIGMAS = 3.0
#: Rounds of the energy correction: each removes most of what the cubic interpolation of the last
#: left (Momotombo, volcano and clouds, 300 m: 0.06 K after 6 rounds).
CORRECTION_ROUNDS = 12
#: Observed pixels around each fine-tuning crop whose correction shapes the crop's pseudo-labels.
MARGIN_BLOCKS = 1


def optical_layers(reflectance, ndvi=None):
    """{channel: array} of the optical channels from ``reflectance`` (role -> reflectance 0-1);
    ``ndvi``: a given NDVI, else computed from red and NIR."""
    layers = {role: reflectance[role] for role in REFLECTANCE_ROLES}
    layers[NDVI] = index_values(SpectralIndex.NDVI, reflectance) if ndvi is None else ndvi
    for name, index in INDEX_CHANNELS.items():
        layers[name] = index_values(index, {role: reflectance[role] for role in NORMALISED_DIFFERENCES[index]})
    return layers


def t4_block_mean(lst, factor):
    """Energy-conserving block means (of T^4) of a (N, 1, H, W) tensor in kelvin."""
    return F.avg_pool2d(lst ** 4, factor) ** 0.25


def gradient_l1(prediction, target, valid):
    """L1 of the horizontal and vertical differences, where both pixels of a difference are valid."""
    total, count = prediction.sum() * 0, 0
    for axis in (-1, -2):
        both = valid.narrow(axis, 1, valid.shape[axis] - 1) & valid.narrow(axis, 0, valid.shape[axis] - 1)
        diff = (prediction.diff(dim=axis) - target.diff(dim=axis)).abs()
        total, count = total + diff[both].sum(), count + int(both.sum())
    return total / max(count, 1)


def masked_l1(prediction, target, valid):
    return (prediction - target).abs()[valid].mean() if valid.any() else prediction.sum() * 0


@dataclass(frozen=True)
class ProgressiveTask:
    """Stage 0: degraded pairs at the native resolution of the thermal band."""

    kind = "progressive"
    crop = 48  # pixels of the native grid

    def arrays(self, lst, layers, channels, factor):
        """(inputs, target, validity) on the native grid, cropped to whole blocks of ``factor``."""
        rows, cols = (n - n % factor for n in lst.shape)
        inputs = np.empty((len(channels), rows, cols), np.float32)

        def store(row, values):
            inputs[:, row:row + values.shape[1]] = values

        target, valid = self.write_inputs(lst, lambda row, height: {name: layer[row:row + height, :cols]
                                                                    for name, layer in layers.items()},
                                          channels, factor, store)
        return inputs, target, valid

    def write_inputs(self, lst, layer_rows, channels, factor, store, strip_pixels=1 << 20):
        """The inputs of :meth:`arrays` by strips of rows, to ``store(row, values)``; ``layer_rows(row,
        height)``: the layers' rows, cropped to whole blocks. Returns (target, validity)."""
        rows, cols = (n - n % factor for n in lst.shape)
        valid = np.isfinite(lst[:rows, :cols])
        filled = resample.fill_gaps(lst[:rows, :cols])
        coarse = resample.block_mean(filled ** 4, factor) ** 0.25
        for strip in resample.row_chunks((rows, cols), strip_pixels, factor):
            height = strip.stop - strip.start
            layers = layer_rows(strip.start, height)
            layers[LST] = resample.upsample_cubic(coarse, factor, strip.start, height, cols)
            store(strip.start, network_inputs(channels, layers))
        return z_score(filled, channels)[None], valid[None]

    def cell(self, factor):
        return (1, 1, 1), 1

    def loss(self, model, inputs, target, valid):
        output = model(inputs)
        return masked_l1(output, target, valid) + gradient_l1(output, target, valid)


def correct_to_observed(fine, observed, factor, rounds=CORRECTION_ROUNDS):
    """``fine`` (K) plus the smooth residual that makes its T^4 block means equal ``observed``
    (the coarse LST, NaN where unknown), in float64 (:func:`correction_field`)."""
    rows, cols = fine.shape

    def corrected(field):
        return fine + resample.upsample_cubic(field, factor, 0, rows, cols).astype(np.float64)

    def block_means(field):
        return t4_block_means(corrected(field), factor)

    return corrected(correction_field(block_means, observed, rounds))


def correction_field(block_means, observed, rounds=CORRECTION_ROUNDS):
    """The coarse field (float32, no gaps) whose cubic upsampling, added to a fine field, makes its
    T^4 block means equal ``observed`` (the coarse LST, NaN where unknown); ``block_means(field)``
    gives those of the fine field plus the upsampling of ``field``, by whatever strips it likes.

    A few rounds: the residual of each block, its gaps filled, interpolated by cubic convolution
    and added. Both steps are linear, so the residuals are summed on the coarse grid and the sum
    interpolated once: a scene too large for memory is corrected by passes over its strips."""
    total = np.zeros(observed.shape)
    field = resample.fill_gaps(total)
    for _ in range(rounds):
        residual = observed - block_means(field)
        if not np.isfinite(residual).any():
            break
        total += residual  # NaN where the observed LST is unknown, in every round
        field = resample.fill_gaps(total)
    return field


def t4_block_means(fine, factor):
    """Block means of ``fine``'s T^4, to the power 1/4 (K): the finite pixels of each block."""
    return resample.block_mean(np.asarray(fine, dtype=np.float64) ** 4, factor) ** 0.25


@dataclass
class SceneArrays:
    """A scene on the fine grid, as the fine-tuning stages use it: the network inputs (C, H, W: an
    array, or a :class:`.memory.PlaneFile`, of which windows ``[:, rows, cols]`` are read), the
    observed coarse LST (K, on the grid of ``factor`` x ``factor`` blocks) and the valid fine pixels."""

    inputs: np.ndarray
    observed: np.ndarray
    valid: np.ndarray
    factor: int


def scene_anchors(observed, coarse_reflectance, channels, planes):
    """Stage 0 on the scene itself: task arrays of the observed LST degraded by 2 and 3, with the
    reflectance block-averaged onto the observed grid (those factors whose coarse grid still has
    4 x 4 pixels). ``coarse_reflectance``: the six bands' block means (a :class:`.memory.PlaneFile`);
    ``planes(shape)``: a new PlaneFile of ``shape`` for the inputs of each factor, which are
    written there by strips (the target and validity, on the observed grid, stay in memory)."""
    rows, cols = observed.shape
    anchors = []
    for factor in (2, 3):
        if min(rows, cols) < 4 * factor:
            continue
        inputs = planes((len(channels),) + tuple(n - n % factor for n in observed.shape))
        width = inputs.shape[2]

        def layer_rows(row, height):
            bands = coarse_reflectance[:, row:row + height, :width]
            return optical_layers(dict(zip(REFLECTANCE_ROLES, bands)))

        anchors.append((inputs, *ProgressiveTask().write_inputs(observed, layer_rows, channels, factor,
                                                                inputs.write)))
    return anchors


def fine_tune(model, scene, channels, steps, seed, device, crop=96, batch=4, anchors=(), log=None,
              is_canceled=None, progress=None):
    """Fine-tune ``model`` on ``scene`` (:class:`SceneArrays`), ``steps`` steps per stage; returns the
    fine-tuned copy (eval mode). With ``anchors`` (:func:`scene_anchors`, stage-0 task arrays of the
    scene itself), stage 0 first runs again on the scene alone, and its loss stays beside the
    pseudo-labels of stages 1 and 2: the network then starts from the scene's own relation between
    reflectance and temperature, which the bundled scenes may not share (water, snow, other climates).

    Each stage freezes a copy of the network (the teacher) and, at every step, makes the
    pseudo-labels of the crops it samples: the teacher's output over the crop and a margin of one
    observed pixel, corrected to the observed LST there, then cut to the crop. Nothing runs over
    the whole scene, so the cost grows with the steps, not with the scene size."""
    model = copy.deepcopy(model)
    if steps <= 0:
        return model.eval()
    rng = np.random.default_rng(seed)
    torch.manual_seed(seed)
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    factor = scene.factor
    margin = factor * MARGIN_BLOCKS
    room = min(n // factor * factor for n in scene.valid.shape) - 2 * margin
    if room < 2 * factor:
        raise DownscalingError(
            f"The scene has {scene.observed.shape[1]} x {scene.observed.shape[0]} observed LST pixels: fine-tuning "
            "needs at least 4 x 4. Set the fine-tuning steps to 0, or give a larger scene.")
    size = min(max(crop // factor, 2) * factor, room)
    task = ProgressiveTask()
    anchor_size = min([task.crop] + [min(a[0].shape[-2:]) for a in anchors])
    anchor_patches = Patches(task, list(anchors), 1, size=anchor_size) if anchors else None
    phases = (0, 1, 2) if anchor_patches else (1, 2)
    for phase in phases:
        teacher = copy.deepcopy(model).eval() if phase else None  # the pseudo-labels' source
        corrections, kept = [], []
        model.train()
        for step in range(steps):
            if is_canceled and is_canceled():
                raise Canceled()
            loss = task.loss(model, *(t.to(device) for t in anchor_patches.batch(rng, batch))) if anchor_patches else 0
            if phase:
                pseudo_loss, correction, share = _pseudo_label_loss(model, teacher, scene, channels, rng, size, margin,
                                                                    batch, phase == 2, device)
                loss = loss + pseudo_loss
                corrections.append(correction)
                kept.append(share)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            if progress:
                progress(100 * (phases.index(phase) * steps + step + 1) / (len(phases) * steps))
        if log and phase:
            log(f"stage {phase}: {steps} steps; the teacher's pseudo-labels were corrected by {np.mean(corrections):.3f} K "
                f"on average; {np.mean(kept):.1%} of their pixels kept")
        elif log:
            log(f"stage 0 on the scene: {steps} steps on its own LST degraded by 2 and 3")
    return model.eval()


def _pseudo_label_loss(model, teacher, scene, channels, rng, size, margin, batch, drop_outliers, device):
    """(L1 to the corrected pseudo-labels + consistency with the observed LST, mean correction in K,
    share of pixels kept) over ``batch`` random crops of ``size`` fine pixels."""
    factor = scene.factor
    windows = [_window(rng, scene, size + 2 * margin) for _ in range(batch)]
    inputs = torch.from_numpy(np.stack([w[0] for w in windows])).to(device)
    observed = np.stack([w[1] for w in windows])
    valid = np.stack([w[2] for w in windows])
    with torch.no_grad():
        pseudo = to_kelvin(teacher(inputs)[:, 0].cpu().numpy().astype(np.float64), channels)
    corrected = np.stack([correct_to_observed(p, o, factor) for p, o in zip(pseudo, observed)])
    inner = (slice(None), slice(margin, margin + size), slice(margin, margin + size))
    correction = np.abs(corrected - pseudo)[inner]
    keep = valid[inner] & np.isfinite(corrected[inner])
    if drop_outliers and keep.any():
        keep &= correction <= max(OUTLIER_SIGMAS * 1.4826 * np.median(correction[keep]), 0.05)
    blocks = (slice(None), slice(MARGIN_BLOCKS, MARGIN_BLOCKS + size // factor),
              slice(MARGIN_BLOCKS, MARGIN_BLOCKS + size // factor))
    labels = torch.from_numpy(np.where(keep, z_score(corrected[inner], channels), 0)[:, None]).to(device)
    coarse = torch.from_numpy(np.nan_to_num(observed[blocks])[:, None].astype(np.float32)).to(device)
    coarse_valid = torch.from_numpy(np.isfinite(observed[blocks])[:, None]).to(device)
    output = model(inputs)[..., margin:margin + size, margin:margin + size]
    consistency = masked_l1((t4_block_mean(to_kelvin(output, channels), factor) - coarse) / channels[0]["std"], 0,
                            coarse_valid)
    loss = masked_l1(output, labels, torch.from_numpy(keep[:, None]).to(device)) + CONSISTENCY_WEIGHT * consistency
    share = float(keep.mean())
    return loss, float(np.mean(correction[valid[inner]])) if valid[inner].any() else 0.0, share


def _window(rng, scene, size):
    """A random square of ``size`` fine pixels on block corners: (inputs, observed LST of its blocks,
    valid fine pixels), with the same random rotation and flip."""
    factor = scene.factor
    height, width = scene.valid.shape
    row = rng.integers((height - size) // factor + 1) * factor
    col = rng.integers((width - size) // factor + 1) * factor
    fine = (slice(row, row + size), slice(col, col + size))
    blocks = (slice(row // factor, (row + size) // factor), slice(col // factor, (col + size) // factor))
    return dihedral([scene.inputs[(slice(None),) + fine], scene.observed[blocks], scene.valid[fine]], rng)

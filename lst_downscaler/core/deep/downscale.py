"""Running a network on a scene: grids, inputs, tiled inference, output GeoTIFF.

Any registered architecture and any number of input channels: the model's card lists its
channels (the bicubic LST, the NDVI, then any further auxiliary layers, which the caller
gives in the card's order), and each fine layer is read on the model's fine grid.
"""

from contextlib import ExitStack
from dataclasses import dataclass

import numpy as np
import torch

from ..errors import DownscalingError
from ..io import resample
from ..io.grid import resolution_in
from ..io.raster import GeoTiffWriter, GridReader
from ..lst import output_units, plan_for, read_coarse_lst, to_output_units
from .adaptation import adapt
from .device import cpu_threads, select_device
from .inputs import network_inputs, to_kelvin
from .registry import LST, NDVI, WEIGHTS_DIR
from .tasks import task_of
from .tiling import TileLayout, blend_tiles
from .weights import load_model

#: A ratio of LST to auxiliary pixel size this far from the model's factor triggers resampling.
FACTOR_TOLERANCE = 0.1


@dataclass
class DeepOptions:
    device: str = "auto"
    threads: int = 0
    half: bool = False        # float16 on CUDA (ignored on CPU)
    tile: int = 768
    overlap: int = 128        # below 128 the trained networks show seams above 0.01 K
    batch: int = 2
    adaptation_steps: int = 0
    seed: int = 0
    celsius: bool = False


@dataclass
class DeepResult:
    path: str
    device: str
    factor: int
    output_resolution: float
    resampled_auxiliary: bool


def plan_for_model(lst_source, aux_grid, factor):
    """The grid plan at the model's factor: the auxiliary layer is resampled when the
    LST / auxiliary pixel-size ratio is not the model's factor (documented behaviour)."""
    aux_res = np.sqrt(aux_grid.res[0] * aux_grid.res[1])
    lst_res = resolution_in(lst_source.grid(), aux_grid.crs)
    ratio = lst_res / aux_res
    if abs(ratio - factor) <= FACTOR_TOLERANCE * factor:
        return plan_for(lst_source, aux_grid, factor), False
    if ratio < 1.5:
        raise DownscalingError(
            f"The LST layer is not coarser than the auxiliary layer (pixel sizes {lst_res:.4g} and "
            f"{aux_res:.4g}): the model downscales by {factor}.")
    return plan_for(lst_source, aux_grid, factor, target_res=lst_res / factor), True


class FineLayers:
    """Reads the NDVI and the further auxiliary layers on the fine grid, as {channel name: strip}."""

    def __init__(self, ndvi_input, auxiliary, channels, grid):
        self.ndvi_input, self.auxiliary, self.grid = ndvi_input, list(auxiliary), grid
        self.names = [channel["name"] for channel in channels if channel["name"] not in (LST, NDVI)]

    def __enter__(self):
        self._stack = ExitStack()
        self.ndvi = self._stack.enter_context(self.ndvi_input.reader(self.grid))
        self._readers = [self._stack.enter_context(GridReader(source, self.grid)) for source in self.auxiliary]
        return self

    def __exit__(self, *exc):
        return self._stack.__exit__(*exc)

    def read(self, row, height):
        layers = {NDVI: self.ndvi.read(row, height)}
        layers.update((name, reader.read(row, height)) for name, reader in zip(self.names, self._readers))
        return layers


def check_auxiliary(card, auxiliary):
    """The further auxiliary layers must be as many as the card's extra channels."""
    expected = [channel["name"] for channel in card.auxiliary_channels]
    if len(auxiliary) != len(expected):
        wanted = (f"{len(expected)} ({', '.join(expected)}, in this order)" if expected else "none")
        raise DownscalingError(
            f"The model {card.id} takes {wanted} further auxiliary layer(s) beside the LST and the NDVI; "
            f"{len(auxiliary)} were given: give the layers its card lists, in its order.")


def downscale(model_id, lst_source, ndvi_input, output_path, options=None, weights_dir=WEIGHTS_DIR,
              progress=None, is_canceled=None, auxiliary=()):
    """Run the model ``model_id`` of ``weights_dir`` (or the model file ``model_id``, a .json card)
    on a scene; ``auxiliary``: sources of the card's further auxiliary channels, in its order."""
    options = options or DeepOptions()
    device = select_device(options.device)
    half = options.half and device.type == "cuda"
    with cpu_threads(options.threads):
        model, card = load_model(model_id, device, weights_dir)
        model_id = card.id
        check_auxiliary(card, auxiliary)
        channels, factor = card.inputs, card.scale_factor
        plan, resampled = plan_for_model(lst_source, ndvi_input.grid(), factor)
        coarse = read_coarse_lst(lst_source, plan)
        filled = resample.fill_gaps(coarse)
        layout = TileLayout(plan.fine.height, plan.fine.width, options.tile, options.overlap,
                            type(model).MULTIPLE)
        unit, description = output_units(options.celsius)
        tags = {"METHOD": model_id, "MODEL": card.name, "WEIGHTS_SHA256": card.weights_sha256,
                "SCALE_FACTOR": str(factor), "DEVICE": str(device)}
        with FineLayers(ndvi_input, auxiliary, channels, plan.fine) as reader:
            if options.adaptation_steps:
                model = adapt(model, task_of(card), reader, plan, filled, channels, options.adaptation_steps,
                              options.seed, device)
            if half:
                model = model.half()

            def read_rows(row, height):
                return _padded_inputs(reader, filled, plan, channels, row, height, layout.padded[1])

            def predict(batch):
                out = []
                with torch.no_grad():
                    for start in range(0, len(batch), options.batch):
                        x = torch.from_numpy(batch[start:start + options.batch]).to(device)
                        out.append(model(x.half() if half else x)[:, 0].float().cpu().numpy())
                return np.concatenate(out)

            with GeoTiffWriter(output_path, plan.fine, description, unit, tags) as writer:
                def emit(row, values):
                    height = values.shape[0]
                    kelvin = to_kelvin(values, channels).astype(np.float32)
                    ndvi = reader.ndvi.read(row, height)
                    coarse_rows = resample.block_repeat(coarse, factor, row, height, plan.fine.width)
                    kelvin[~np.isfinite(ndvi) | ~np.isfinite(coarse_rows)] = np.nan
                    writer.write(to_output_units(kelvin, options.celsius), row)

                blend_tiles(layout, read_rows, predict, emit, is_canceled, progress)
    return DeepResult(str(output_path), str(device), factor, plan.fine.res[0], resampled)


def _padded_inputs(reader, filled, plan, channels, row, height, padded_width):
    """Network inputs of fine rows ``row...``, edge-replicated beyond the grid."""
    real = max(0, min(height, plan.fine.height - row))
    layers = reader.read(row, real)
    layers[LST] = resample.upsample_cubic(filled, plan.factor, row, real, plan.fine.width)
    inputs = network_inputs(channels, layers)
    pad_rows, pad_cols = height - real, padded_width - plan.fine.width
    if pad_rows or pad_cols:
        inputs = np.pad(inputs, ((0, 0), (0, pad_rows), (0, pad_cols)), mode="edge")
    return inputs

"""Tiled inference over a large fine grid with feathered blending and bounded memory.

Tiles overlap by at least ``overlap`` pixels. Inside an overlap, each tile ignores the
outer quarter (where its zero-padded view of the scene differs from the whole scene)
and its weight then ramps up linearly, so that neighbouring tiles cross-fade and no
seam is visible. Tile rows are processed top to bottom and the rows that no later
tile touches are handed out at once, so memory holds about one row of tiles.

A tile whose pixels are all going to be nodata (a cloudy part of a MODIS granule) need not
run: every pixel that it covers has no value whatever the tiles predict, and the pixels that
keep a value are covered only by tiles that run, so the output is the same.
"""

from dataclasses import dataclass

import numpy as np
import torch

from ..errors import Canceled
from ..io.memory import heap_allocations
from .inference import channels_last, for_inference


@dataclass(frozen=True)
class TileLayout:
    height: int
    width: int
    tile: int
    overlap: int
    multiple: int = 8

    def __post_init__(self):
        if self.tile % self.multiple or self.overlap % self.multiple or not 0 <= self.overlap < self.tile:
            raise ValueError(f"tile and overlap must be multiples of {self.multiple}, overlap < tile")

    @property
    def padded(self):
        """Image size rounded up to the model's multiple (and at least one tile when larger)."""
        return tuple(-(-n // self.multiple) * self.multiple for n in (self.height, self.width))

    def positions(self, length):
        """Tile starts along one axis: every tile - overlap pixels, the last flush with the end."""
        size = min(self.tile, length)
        step = self.tile - self.overlap
        starts = list(range(0, max(length - size, 0) + 1, step))
        if starts[-1] + size < length:
            starts.append(length - size)
        return starts, size

    @staticmethod
    def weights(starts, size):
        """1-D feather weights of each tile, from the overlaps it actually has with its neighbours."""
        result = []
        for index, start in enumerate(starts):
            weights = np.ones(size)
            if index > 0:
                weights[:starts[index - 1] + size - start] *= _ramp(starts[index - 1] + size - start)
            if index + 1 < len(starts):
                weights[starts[index + 1] - start:] *= _ramp(start + size - starts[index + 1])[::-1]
            result.append(weights)
        return result


def _ramp(length):
    """Weights over an overlap of ``length``: 0 on its outer quarter, then rising linearly."""
    margin = length // 4
    rising = (np.arange(length - margin) + 0.5) / (length - margin)
    return np.concatenate([np.zeros(margin), rising])


@heap_allocations()  # the network's feature maps: see there
def blend_tiles(layout, read_rows, predict, emit, is_canceled=None, progress=None, needed=None, rows=None, batch=1):
    """Run ``predict`` over the tiles of ``layout`` and ``emit`` blended rows in order; returns
    the number of tiles run.

    ``read_rows(row, height)`` gives the network input (C, height, padded width) of
    those rows; ``predict(tiles)`` maps (N, C, h, w) to (N, h, w), given ``batch`` tiles of a
    row at a time (the copies of a whole row of tiles would be as large as the row's input,
    and grow with the scene's width); ``emit(row, values)``
    receives finished rows (values cropped to the real width, rows below the real
    height dropped). ``needed(row, col, height, width)``, when given, says whether a tile
    holds any pixel that the caller will keep: the others are not run, and the pixels that
    only they cover are NaN. ``rows`` (start, stop), when given, limits the work to those
    output rows: only the rows of tiles that cover them run, and only they are emitted, with
    the values that the whole run gives them (every tile that covers them runs).
    """
    padded_height, padded_width = layout.padded
    row_starts, tile_height = layout.positions(padded_height)
    col_starts, tile_width = layout.positions(padded_width)
    first, last = rows or (0, layout.height)
    indices = [index for index, row in enumerate(row_starts) if row < last and row + tile_height > first]
    # the weighted sums over the rows of the current row of tiles: the rows before the next row of
    # tiles are finished after it, the others move up in place (no copy of the buffers); float32,
    # as the predictions: a pixel sums a few weighted terms (at most four while overlap <= tile / 2)
    total = np.zeros((tile_height, padded_width), np.float32)
    weight = np.zeros((tile_height, padded_width), np.float32)
    col_weights = layout.weights(col_starts, tile_width)
    all_row_weights = layout.weights(row_starts, tile_height)
    run = 0
    for tile_rows_run, index in enumerate(indices, start=1):
        if is_canceled and is_canceled():
            raise Canceled()
        row = row_starts[index]
        columns = [k for k, c in enumerate(col_starts) if needed is None or needed(row, c, tile_height, tile_width)]
        inputs = read_rows(row, tile_height) if columns else None
        row_weights = all_row_weights[index]
        for first_column in range(0, len(columns), batch):
            group = columns[first_column:first_column + batch]
            predictions = predict(np.stack([inputs[:, :, col_starts[k]:col_starts[k] + tile_width] for k in group]))
            for k, prediction in zip(group, predictions):
                c = col_starts[k]
                w = row_weights[:, None] * col_weights[k][None, :]
                total[:, c:c + tile_width] += w * prediction
                weight[:, c:c + tile_width] += w
        run += len(columns)
        del inputs  # before the next row's are read
        done = (row_starts[index + 1] if index + 1 < len(row_starts) else padded_height) - row
        start, stop = max(first, row), min(last, layout.height, row + done)
        if stop > start:
            finished = slice(start - row, stop - row)
            with np.errstate(invalid="ignore"):  # 0 / 0: pixels of skipped tiles only
                emit(start, (total[finished] / weight[finished])[:, :layout.width])
        for sums in (total, weight):
            sums[:tile_height - done] = sums[done:]
            sums[tile_height - done:] = 0
        if progress:
            progress(100 * tile_rows_run / len(indices))
    return run


def predict_rows(model, read, shape, device, tile, overlap, emit, is_canceled=None, progress=None):
    """The network's (H, W) output over a scene of ``shape`` by blended tiles (the network gives
    (N, H, W) or one channel (N, 1, H, W)): its input rows ``read(row, rows)`` give (C, rows, W;
    fewer rows at the bottom of the scene), the output rows go to ``emit(row, values)`` in order
    as they are finished: memory of a row of tiles."""
    height, width = shape
    layout = TileLayout(height, width, tile, overlap, type(model).MULTIPLE)
    model = for_inference(model)

    def read_rows(row, rows):
        """Rows of the scene edge-padded to the layout's size, one row of tiles at a time (no padded
        copy of the whole scene)."""
        part = read(row, min(rows, height - row))
        return np.pad(part, ((0, 0), (0, rows - part.shape[1]), (0, layout.padded[1] - width)), mode="edge")

    def predict(tiles):  # one tile
        with torch.inference_mode():
            output = model(channels_last(torch.from_numpy(tiles).to(device)))
            return output.reshape(len(tiles), *output.shape[-2:]).cpu().numpy()

    blend_tiles(layout, read_rows, predict, emit, is_canceled, progress)

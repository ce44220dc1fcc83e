"""CPU speed of the deep models on a full MODIS tile: 1200 x 1200 LST -> 4800 x 4800 at 250 m.

The LST is a real MOD11A1 granule (../shared/data/modis_hdf); the 250 m NDVI of that
tile is not in the shared data, so the real 256 x 256 MODIS NDVI crops of
modis_aster are tiled over the granule's 250 m grid. Each model runs twice: on the
granule as observed (mostly cloudy: the tiles without an observed LST are not run), and
on the same granule with its gaps filled beforehand, so that every tile runs (the
network's share of the machine). Each run is its own subprocess, so its peak RSS is its own. Achieved GFLOP/s (network FLOPs counted by
PyTorch over every tile actually run, overlaps included) is compared with the
machine's float32 matmul rate measured in the same run.

    .venv/bin/python bench/deep_speed.py [--data ../shared/data] [--out bench/results]
"""

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine

from common import ROOT
from speed import measure
from lst_downscaler.core.deep.registry import list_models
from lst_downscaler.core.deep.tasks import BUNDLED
from lst_downscaler.core.io.resample import fill_gaps

GRANULE = "MOD11A1.A2021227.h11v05.061.2021228105320.hdf"
# The bundled models, each run by its Processing algorithm.
MODELS = [model_id for model_id in list_models() if model_id in BUNDLED]


def build_tile(data, folder):
    """(LST GeoTIFF in K at 1 km, the same with its gaps filled, NDVI GeoTIFF at 250 m, valid share of
    the LST) for one full MODIS tile."""
    subdataset = f'HDF4_EOS:EOS_GRID:"{data / "modis_hdf" / GRANULE}":MODIS_Grid_Daily_1km_LST:LST_Day_1km'
    with rasterio.open(subdataset) as source:
        dn = source.read(1)
        crs, transform = source.crs, source.transform
    lst = np.where(dn == 0, -9999, dn * 0.02).astype(np.float32)
    profile = dict(driver="GTiff", dtype="float32", count=1, crs=crs, nodata=-9999, tiled=True,
                   compress="deflate")
    lst_path, ndvi_path = folder / "lst_1km.tif", folder / "ndvi_250m.tif"
    with rasterio.open(lst_path, "w", width=1200, height=1200, transform=transform, **profile) as out:
        out.write(lst, 1)
    crops = sorted((data / "modis_aster").glob("*_modis_ndvi_250m.tif"))
    fine = transform * Affine.scale(0.25)
    with rasterio.open(ndvi_path, "w", width=4800, height=4800, transform=fine, **profile) as out:
        for i, row in enumerate(range(0, 4800, 256)):
            strip = np.concatenate([rasterio.open(crops[(i * 19 + j) % len(crops)]).read(1)
                                    for j in range(19)], axis=1)[:, :4800]
            out.write(strip[:min(256, 4800 - row)], 1, window=rasterio.windows.Window(0, row, 4800, min(256, 4800 - row)))
    clear_path = folder / "lst_1km_filled.tif"
    with rasterio.open(clear_path, "w", width=1200, height=1200, transform=transform, **profile) as out:
        out.write(fill_gaps(np.where(dn == 0, np.nan, dn * 0.02)), 1)
    return lst_path, clear_path, ndvi_path, float(np.mean(dn > 0))


def child(model_id, lst, ndvi, output):
    """Run one model in this process; print seconds, peak RSS and FLOPs as JSON."""
    import torch
    from torch.utils.flop_counter import FlopCounterMode

    from lst_downscaler.core.deep import downscale as deep
    from lst_downscaler.core.deep.downscale import DeepOptions
    from lst_downscaler.core.deep.networks import ARCHITECTURES
    from lst_downscaler.core.io.raster import BandSource
    from lst_downscaler.core.ndvi import NdviBand

    counted = {"flops": 0}
    cache = {}

    def counting(original):
        def forward(self, x):
            # Count on the first call of each network and tile shape, then reuse the count (cheap, exact).
            key = (type(self).__name__, tuple(x.shape))
            if key not in cache:
                with FlopCounterMode(display=False) as counter:
                    out = original(self, x)
                cache[key] = counter.get_total_flops()
                counted["flops"] += cache[key]
                return out
            counted["flops"] += cache[key]
            return original(self, x)
        return forward

    for network in ARCHITECTURES.values():
        network.forward = counting(network.forward)
    start = time.perf_counter()
    deep.downscale(model_id, BandSource(lst), NdviBand(BandSource(ndvi)), output, DeepOptions(device="cpu"))
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "flops": counted["flops"],
                      "threads": torch.get_num_threads()}))


def matmul_gflops(size=2048, repeats=10):
    import torch
    a, b = torch.randn(size, size), torch.randn(size, size)
    torch.matmul(a, b)
    start = time.perf_counter()
    for _ in range(repeats):
        torch.matmul(a, b)
    return 2 * size ** 3 * repeats / (time.perf_counter() - start) / 1e9


def network_rate(model_id, tile=768, repeats=3, batch=1):
    """(GFLOP/s, fine Mpx/s) of the network alone as the runtime runs it (:func:`for_inference`,
    inference mode) on ``batch`` random tiles of ``tile`` x ``tile`` pixels: the ceiling of the whole run."""
    import torch
    from torch.utils.flop_counter import FlopCounterMode

    from lst_downscaler.core.deep.inference import channels_last, for_inference
    from lst_downscaler.core.deep.weights import load_model
    from lst_downscaler.core.io.memory import heap_allocations

    model, card = load_model(model_id)
    model = for_inference(model)
    x = channels_last(torch.randn(batch, len(card.inputs), tile, tile))
    with torch.inference_mode(), heap_allocations():
        with FlopCounterMode(display=False) as counter:
            model(x)
        model(x)  # the heaps now hold the feature maps, as in a run from its second tile on
        start = time.perf_counter()
        for _ in range(repeats):
            model(x)
        seconds = (time.perf_counter() - start) / repeats
    return counter.get_total_flops() / seconds / 1e9, batch * tile * tile / seconds / 1e6


SWEEP_MODELS = ("sc_unet", "srda_net", "dlstfm")
SWEEP = ((512, 1), (768, 1), (768, 2), (1024, 1))  # (tile, tiles per forward pass)


def tile_sweep(peak_matmul):
    """Markdown rows: each (tile, batch) of SWEEP for the networks of SWEEP_MODELS, alone, with the
    fine pixels each tile adds once the default overlaps are taken off."""
    from lst_downscaler.core.deep.downscale import DeepOptions
    overlap = DeepOptions().overlap
    rows = []
    for model_id in SWEEP_MODELS:
        for tile, batch in SWEEP:
            gflops, mpx = network_rate(model_id, tile, repeats=2, batch=batch)
            rows.append(f"| {model_id} | {tile} | {batch} | {mpx:.2f} | {mpx * ((tile - overlap) / tile) ** 2:.2f} | "
                        f"{gflops / peak_matmul:.2f} |")
    return rows


def run(data, out, quick=False):
    """The section text (Markdown); also written to ``out/deep_speed.md``."""
    if quick:
        return "## Deep models on a full MODIS tile\n\nSkipped in a quick run.\n"
    if not (data / "modis_hdf" / GRANULE).exists():
        return f"## Deep models on a full MODIS tile\n\nSkipped: {data / 'modis_hdf' / GRANULE} is absent.\n"
    print("deep speed: full MODIS tile, CPU...", flush=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        lst, clear, ndvi, valid = build_tile(data, Path(tmp))
        peak_matmul = matmul_gflops()
        for model_id in MODELS:
            network_gflops, network_mpx = network_rate(model_id)
            for label, path in ((f"as observed, {valid:.0%} valid", lst), ("gaps filled: every tile runs", clear)):
                # through speed.py's bare launcher: a child forked from this process would count its memory too
                _, peak_mb, code, text = measure(
                    [sys.executable, __file__, "--child", model_id, str(path), str(ndvi), str(Path(tmp) / "out.tif")],
                    Path(tmp) / f"{model_id}.log")
                if code != 0:
                    raise RuntimeError(f"{model_id} failed:\n{text[-2000:]}")
                last = next(line for line in reversed(text.splitlines()) if line.startswith("{"))
                result = dict(json.loads(last), peak_mb=peak_mb)
                achieved = result["flops"] / result["seconds"] / 1e9
                rows.append(f"| {model_id} | {label} | {result['seconds']:.1f} | "
                            f"{4800 * 4800 / 1e6 / result['seconds']:.2f} | {result['peak_mb'] / 1024:.2f} | "
                            f"{result['flops'] / 1e12:.2f} | {achieved:.1f} | {achieved / peak_matmul:.2f} | "
                            f"{network_mpx:.2f} | {network_gflops / peak_matmul:.2f} |")
    text = "\n".join([
        f"## Deep models on a full MODIS tile, CPU ({result['threads']} threads)\n",
        f"Command: `.venv/bin/python bench/deep_speed.py`. LST: {GRANULE} (day, {valid:.0%} valid), "
        "1200 x 1200 at 1 km, as observed and with its gaps filled beforehand (inverse-distance, as the "
        "runtime fills them); NDVI: real MODIS 250 m crops tiled to 4800 x 4800. float32 matmul "
        f"(2048^3) on this machine in the same run: {peak_matmul:.1f} GFLOP/s.\n",
        "The runtime folds batch norms into the convolutions, replaces replicate padding by zero "
        "padding plus a recomputed border band, and runs channels-last in inference mode "
        "(`core/deep/inference.py`); tiles of 768 pixels, one per forward pass; a tile without an "
        "observed LST is not run (its pixels are nodata whatever it predicts). 'Network alone' "
        "is one 768² tile through the same network, repeated: what the tiling, the reads, the "
        "gap filling of the LST and the writing leave of it shows in the difference.\n",
        "| model | LST | seconds | fine Mpx/s | peak RSS (GB) | network TFLOP | GFLOP/s | fraction of matmul rate "
        "| network alone: Mpx/s | network alone: fraction of matmul rate |",
        "|---|---|---|---|---|---|---|---|---|---|", *rows, "",
        "Tile size and tiles per forward pass, network alone. 'Net of overlaps' counts only the fine "
        "pixels a tile adds beyond the default overlaps between tiles. The defaults, 768 and 1, come "
        "from whole runs, where the network alone can mislead (core API, `farm-bench`, 3 pairs, "
        "2026-12-02): DLSTFM at 2000² on 1024-pixel tiles took 1.8 times as long as on 768 and 1.9 "
        "times the memory; SC-UNet at 4000² with 2 tiles a pass was 5 % faster for 40 % more memory; "
        "SRDA-Net's network alone was faster on 512-pixel tiles, its whole run slower.\n",
        "| model | tile | tiles per pass | Mpx/s | Mpx/s net of overlaps | fraction of matmul rate |",
        "|---|---|---|---|---|---|", *tile_sweep(peak_matmul), ""])
    out.mkdir(parents=True, exist_ok=True)
    (out / "deep_speed.md").write_text("# " + text[3:])
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child)
    print(run(args.data, args.out))


if __name__ == "__main__":
    main()

"""The deep models on a CUDA GPU: network throughput at float32 and half precision, and a full
Landsat-size scene end to end. Run by `bench/gpu.sh` on a machine with an NVIDIA GPU.

- Throughput: each bundled network (its architecture and weights, from its card) on batches of
  512 x 512 tiles of real inputs (the Liverpool Landsat crop prepared by the plugin, mirror-tiled:
  its LST and reflectance fill the channels each network takes), prepared as the runtime prepares them
  (batch norm folded, channels-last), timed after a warm-up with the device synchronised; fine
  megapixels per second at float32 and at float16 (the network and its inputs in half precision,
  as the algorithms' *Half precision* option runs them).
- End to end: progressive self-training on a 7800 x 7800 scene at 30 m (61 Mpx, the size of a Landsat
  scene), from GeoTIFFs to GeoTIFF, default fine-tuning steps.

    .venv/bin/python bench/gpu.py [--device cuda] [--quick] [--out bench/results]
"""

import re
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

from common import LIVERPOOL, output_folder, section_arguments, write_band, write_bands
from lst_downscaler.core.deep.inference import channels_last, for_inference
from lst_downscaler.core.deep.registry import list_models
from lst_downscaler.core.deep.weights import load_model
from lst_downscaler.training.progressive import load_crop
from progressive_speed import mirror

TILE = 512
BATCH = 4
LANDSAT_SCENE = 7800


def inputs_for(card, crop, size):
    """(1, C, size, size) float32 inputs of realistic statistics for the channels of ``card``."""
    lst = (mirror(crop.lst, size) - 290.0) / 10.0
    optical = mirror(np.stack(list(crop.reflectance.values())), size)
    planes = [np.nan_to_num(lst)] + [np.nan_to_num(optical[i % len(optical)]) for i in range(len(card.inputs) - 1)]
    return torch.from_numpy(np.stack(planes).astype(np.float32)[None])


def throughput(model, x, device, half, repeats):
    """Fine Mpx/s of ``model`` on ``x`` (N, C, H, W), prepared as the runtime prepares them:
    batch norm folded, channels-last, and for half precision the whole network in float16 (the
    algorithms' *Half precision* option)."""
    model = for_inference(model)
    x = channels_last(x.to(device))
    if half:
        model, x = model.half(), x.half()
    synchronise = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)
    with torch.inference_mode():
        model(x)
        synchronise()
        start = time.perf_counter()
        for _ in range(repeats):
            model(x)
        synchronise()
    return repeats * x.shape[0] * x.shape[-1] * x.shape[-2] / (time.perf_counter() - start) / 1e6


def end_to_end(crop, device, size):
    from lst_downscaler.core.deep.progressive import ProgressiveOptions, progressive_downscale
    from lst_downscaler.core.io.raster import BandSource
    with tempfile.TemporaryDirectory(prefix="bench-gpu-") as tmp:
        folder = Path(tmp)
        lst = write_band(folder / "lst.tif", mirror(crop.lst, size), crop.transform, crop.crs, "K")
        reflectance = write_bands(folder / "reflectance.tif", list(mirror(np.stack(list(crop.reflectance.values())),
                                                                         size)), crop.transform, crop.crs)
        start = time.perf_counter()
        result = progressive_downscale(BandSource(str(lst)), [BandSource(str(reflectance), b) for b in range(1, 7)],
                                       folder / "out.tif", ProgressiveOptions(device=str(device)))
        return time.perf_counter() - start, result.fine_tuning_seconds


def run(data, out, device, quick=False):
    device = torch.device(device)
    crop = load_crop(data / LIVERPOOL)
    name = torch.cuda.get_device_name(device) if device.type == "cuda" else "CPU"
    lines = ["## Deep models on a GPU\n", re.sub(r"\n(?!- )\s*", " ", __doc__.split("\n\n")[1]) + "\n",
             f"Device: {name}; PyTorch {torch.__version__}.\n",
             "| model | architecture | float32 Mpx/s | float16 Mpx/s |", "|---|---|---|---|"]
    size = 128 if quick else TILE
    for model_id in list_models():
        model, card = load_model(model_id, device)
        x = inputs_for(card, crop, size).repeat(1 if quick else BATCH, 1, 1, 1)
        if card.architecture == "Dlstfm":
            x = x[:, :3] * 10 + 290  # DLSTFM takes three LST layers in kelvin
        rates = [throughput(model, x, device, half, 2 if quick else 20) for half in (False, True)]
        lines.append(f"| {model_id} | {card.architecture} | {rates[0]:.1f} | {rates[1]:.1f} |")
        print(lines[-1], flush=True)
    seconds, tuning = end_to_end(crop, device, 1000 if quick else LANDSAT_SCENE)
    scene = 1000 if quick else LANDSAT_SCENE
    lines.append(f"\nProgressive self-training, {scene} x {scene} scene ({scene * scene / 1e6:.0f} Mpx) end to end: "
                 f"{seconds:.0f} s, of which {tuning:.0f} s fine-tuning.\n")
    text = "\n".join(lines)
    (out / "gpu.md").write_text(text)
    return text


def main():
    parser = section_arguments(__doc__, "small tiles and a 1000² scene (a check of the script)")
    parser.add_argument("--device", default="cuda")
    args = parser.parse_args()
    print(run(args.data, output_folder(args), args.device, args.quick))


if __name__ == "__main__":
    main()

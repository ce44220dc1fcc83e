"""Reproduce a bundled weights file: ``python -m lst_downscaler.training --model sif_cnn_sr1``."""

import argparse
import os
import platform
import shlex
import sys
from pathlib import Path

import torch

from ..core.deep.device import select_device
from ..core.deep.registry import WEIGHTS_DIR, card_path
from ..core.deep.tasks import BUNDLED
from ..core.errors import DownscalingError
from .dlstfm import train_and_save_dlstfm
from .progressive import train_and_save_progressive
from .srda import train_and_save_srda
from .train import train_and_save

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "modis_aster"
PATCHES_DATA = DEFAULT_DATA.parent / "modis_patches_2020"
ECOSTRESS_DATA = DEFAULT_DATA.parent / "ecostress_la"
LANDSAT_DATA = DEFAULT_DATA.parent / "landsat"
BUILD = Path(__file__).resolve().parents[2] / "build"
#: The recipes whose training runs on the device asked for (the others train on the CPU).
BUNDLED_UNETS = ("sc_unet", "sif_cnn_sr1", "sif_cnn_sr2")


def hardware(device):
    """What the weights were trained on, for the card."""
    if device.type == "cuda":
        return f"{torch.cuda.get_device_name(device)} (CUDA {torch.version.cuda}), PyTorch {torch.__version__}"
    return (f"{platform.machine()} CPU, {torch.get_num_threads()} PyTorch thread(s) "
            f"({os.cpu_count()} cores, shared), PyTorch {torch.__version__}")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m lst_downscaler.training", description=__doc__)
    parser.add_argument("--model", choices=sorted(BUNDLED) + ["dlstfm", "progressive_landsat"], required=True)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="modis_aster folder (srda_net: modis_patches_2020; dlstfm: ecostress_la; progressive_landsat: landsat)")
    parser.add_argument("--out", type=Path, default=WEIGHTS_DIR)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--steps-per-epoch", type=int, default=12)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--crop", type=int, default=128, help="fine crop size (SIF models, dlstfm)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=0, help="CPU threads (0: PyTorch's default)")
    parser.add_argument("--device", default="cpu", help=f"{', '.join(BUNDLED_UNETS)}: cpu, cuda or cuda:N")
    parser.add_argument("--learning-rate", type=float, default=1e-3, help="srda_net, dlstfm, progressive_landsat")
    parser.add_argument("--cache", type=Path, default=BUILD / "cache", help="srda_net: where the patches are extracted")
    parser.add_argument("--checkpoints", type=Path, default=None,
                        help="srda_net, dlstfm, progressive_landsat: per-epoch checkpoints (default build/checkpoints/<model>)")
    parser.add_argument("--resume", action="store_true", help="srda_net, dlstfm, progressive_landsat: continue from the last checkpoint")
    parser.add_argument("--limit", type=int, default=None, help="srda_net: first N patches only (tests)")
    parser.add_argument("--modis-aster", type=Path, default=None,
                        help="srda_net: also learn 2 km -> 1 km loops on the MODIS side of this modis_aster folder")
    parser.add_argument("--exclude", nargs="*", default=[],
                        help="progressive_landsat: leave out the scene folders whose name contains one of these")
    args = parser.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    if args.device != "cpu" and args.model not in BUNDLED_UNETS:
        parser.error(f"--device applies to {', '.join(BUNDLED_UNETS)}; {args.model} trains on the CPU")
    try:
        device = select_device(args.device)
    except DownscalingError as error:
        parser.error(str(error))
    # CUDA has no deterministic kernel for some backward passes (bilinear upsampling): there a
    # seeded run is repeatable to float rounding, not bit for bit.
    torch.use_deterministic_algorithms(True, warn_only=device.type == "cuda")
    command = "python -m lst_downscaler.training " + shlex.join(sys.argv[1:] if argv is None else argv)
    if args.model == "dlstfm":
        card = train_and_save_dlstfm(
            args.out, command, hardware(device), data=ECOSTRESS_DATA if args.data == DEFAULT_DATA else args.data,
            checkpoints=args.checkpoints or BUILD / "checkpoints" / "dlstfm", epochs=args.epochs,
            steps_per_epoch=args.steps_per_epoch, batch_size=args.batch_size, crop=args.crop, seed=args.seed,
            learning_rate=args.learning_rate, resume=args.resume, log=lambda line: print(line, flush=True))
        print(f"wrote {args.out / card.weights_file} and {card_path(card.id, args.out)}")
        return
    if args.model == "progressive_landsat":
        data = LANDSAT_DATA if args.data == DEFAULT_DATA else args.data
        folders = sorted(f for f in data.iterdir() if f.is_dir() and any(f.glob("*_MTL.txt"))
                         and not any(name in f.name for name in args.exclude))
        card = train_and_save_progressive(
            args.out, command, folders=folders,
            checkpoints=args.checkpoints or BUILD / "checkpoints" / "progressive_landsat", epochs=args.epochs,
            steps_per_epoch=args.steps_per_epoch, batch_size=args.batch_size, seed=args.seed,
            learning_rate=args.learning_rate, resume=args.resume, log=lambda line: print(line, flush=True))
        print(f"wrote {args.out / card.weights_file} and {card_path(card.id, args.out)}")
        return
    if args.model == "srda_net":
        card = train_and_save_srda(
            args.out, command, data=PATCHES_DATA if args.data == DEFAULT_DATA else args.data, cache=args.cache,
            checkpoints=args.checkpoints or BUILD / "checkpoints" / "srda_net", epochs=args.epochs,
            steps_per_epoch=args.steps_per_epoch, batch_size=args.batch_size, seed=args.seed,
            learning_rate=args.learning_rate, resume=args.resume, limit=args.limit, modis_aster=args.modis_aster,
            log=lambda line: print(line, flush=True))
        print(f"wrote {args.out / card.weights_file} and {card_path(card.id, args.out)}")
        return
    card = train_and_save(args.model, args.data, args.out, command, epochs=args.epochs,
                          steps_per_epoch=args.steps_per_epoch, batch_size=args.batch_size,
                          crop=args.crop, seed=args.seed, device=device, hardware=hardware(device),
                          log=lambda line: print(line, flush=True))
    print(f"wrote {args.out / card.weights_file} and {card_path(card.id, args.out)}")


if __name__ == "__main__":
    main()

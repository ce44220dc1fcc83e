"""Reproduce a bundled weights file: ``python -m lst_downscaler.training --model sif_cnn_sr1``."""

import argparse
import shlex
import sys
from pathlib import Path

import torch

from ..core.deep.registry import WEIGHTS_DIR, card_path
from ..core.deep.tasks import BUNDLED
from .train import train_and_save

DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "modis_aster"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m lst_downscaler.training", description=__doc__)
    parser.add_argument("--model", choices=sorted(BUNDLED), required=True)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="modis_aster folder")
    parser.add_argument("--out", type=Path, default=WEIGHTS_DIR)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--steps-per-epoch", type=int, default=12)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--crop", type=int, default=128, help="fine crop size (SIF models)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=0, help="CPU threads (0: PyTorch's default)")
    args = parser.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True)
    command = "python -m lst_downscaler.training " + shlex.join(sys.argv[1:] if argv is None else argv)
    card = train_and_save(args.model, args.data, args.out, command, epochs=args.epochs,
                          steps_per_epoch=args.steps_per_epoch, batch_size=args.batch_size,
                          crop=args.crop, seed=args.seed, log=lambda line: print(line, flush=True))
    print(f"wrote {args.out / card.weights_file} and {card_path(card.id, args.out)}")


if __name__ == "__main__":
    main()

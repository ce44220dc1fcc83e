#!/bin/bash
# The GPU figures of the deep models in one call, on a machine with an NVIDIA GPU: network
# throughput at float32 and float16, and a 61 Mpx Landsat-size scene end to end (bench/gpu.py),
# written to bench/results/gpu.md. Needs the shared data and a Python with a CUDA build of
# PyTorch, rasterio and numpy (PYTHON=..., default .venv/bin/python, else python3).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
[ -x "$PYTHON" ] || PYTHON=python3
"$PYTHON" -c 'import sys, torch
if not torch.cuda.is_available():
    sys.exit(f"PyTorch {torch.__version__} sees no CUDA GPU: run this on a machine with an NVIDIA GPU "
             "and a CUDA build of PyTorch (pytorch.org).")'
export LST_DOWNSCALER_DATA=${LST_DOWNSCALER_DATA:-$(cd .. && pwd)/shared/data}
exec "$PYTHON" bench/gpu.py --device cuda --data "$LST_DOWNSCALER_DATA" "$@"

"""Where the network runs: CPU or a CUDA device, and how many CPU threads it may use."""

from contextlib import contextmanager

import torch

from ..errors import DownscalingError


def select_device(name="auto"):
    """``auto`` (CUDA when available, else CPU), ``cpu``, ``cuda`` or ``cuda:N``."""
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cpu":
        return torch.device("cpu")
    if not name.startswith("cuda"):
        raise DownscalingError(f"Unknown device '{name}': use auto, cpu, cuda or cuda:N.")
    if not torch.cuda.is_available():
        raise DownscalingError(
            f"Device {name} was asked for but PyTorch sees no CUDA GPU (PyTorch {torch.__version__}, "
            "CPU build or no driver): choose Auto or CPU, or install a CUDA build of PyTorch.")
    device = torch.device(name)
    if device.index is not None and device.index >= torch.cuda.device_count():
        raise DownscalingError(
            f"Device {name} does not exist: PyTorch sees {torch.cuda.device_count()} CUDA device(s), "
            "numbered from 0.")
    return device


@contextmanager
def cpu_threads(count):
    """Limit PyTorch's CPU threads to ``count`` (0: leave as is) for the duration of a run."""
    previous = torch.get_num_threads()
    if count:
        torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(previous)

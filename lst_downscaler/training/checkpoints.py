"""Per-epoch checkpoints of a training run, so that a run cut short (a session ends) resumes
where it stopped: ``epoch_NNN.pt`` in a folder, holding the ``state_dict`` of each part given
(network, loss weights, optimizer, scheduler), the numpy and torch random states and the
run's own state (epoch, history...). Only the last ``keep`` are kept."""

from pathlib import Path

import torch


def last_checkpoint(directory):
    paths = sorted(Path(directory).glob("epoch_*.pt"))
    return paths[-1] if paths else None


def save_checkpoint(directory, epoch, rng, state, keep, **parts):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    torch.save({**{name: part.state_dict() for name, part in parts.items()},
                "numpy_rng": rng.bit_generator.state, "torch_rng": torch.get_rng_state(), "state": state},
               directory / f"epoch_{epoch:03d}.pt")
    for old in sorted(directory.glob("epoch_*.pt"))[:-keep]:
        old.unlink()


def resume_checkpoint(directory, rng, **parts):
    """(run state, path) of the last checkpoint of ``directory``, its parts and random states
    restored; (None, None) when there is none."""
    path = last_checkpoint(directory)
    if path is None:
        return None, None
    saved = torch.load(path, weights_only=False)  # our own file: holds numpy random state
    for name, part in parts.items():
        part.load_state_dict(saved[name])
    rng.bit_generator.state = saved["numpy_rng"]
    torch.set_rng_state(saved["torch_rng"])
    return saved["state"], path


def start_or_resume(directory, rng, resume, log, parts, **fresh):
    """The run state: ``{"epoch": 0, "history": [], "seconds": 0.0, **fresh}``, or, with ``resume``,
    that of the last checkpoint of ``directory`` (its ``parts`` and random states restored)."""
    if resume:
        saved, path = resume_checkpoint(directory, rng, **parts)
        if saved:
            log(f"resumed from {path} (epoch {saved['epoch']})")
            return saved
    return {"epoch": 0, "history": [], "seconds": 0.0, **fresh}

"""One training epoch, shared by the resumable trainings (SRDA-Net, DLSTFM, progressive stage 0)."""


def run_epoch(model, batch_loss, steps, optimizer, scheduler):
    """``steps`` optimiser steps on ``batch_loss()`` (a fresh batch's loss each call); the mean loss."""
    model.train()
    total = 0.0
    for _ in range(steps):
        loss = batch_loss()
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        scheduler.step()
        total += loss.item()
    return total / steps

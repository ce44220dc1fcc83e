"""Reading a bundled model card without PyTorch (for help texts and canExecute)."""

import json
from pathlib import Path

WEIGHTS_DIR = Path(__file__).resolve().parents[2] / "weights"


def bundled_card(model_id):
    """The model card of a bundled model, or None when it is missing or unreadable."""
    try:
        return json.loads((WEIGHTS_DIR / f"{model_id}.json").read_text())
    except (OSError, ValueError):
        return None

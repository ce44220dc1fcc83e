"""Deep-learning downscalers (PyTorch).

Only ``registry`` (the model cards) imports without PyTorch; the Processing algorithms
import the rest only when they run, so the plugin works without PyTorch.
"""

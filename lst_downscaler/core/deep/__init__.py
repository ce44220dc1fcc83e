"""Deep-learning downscalers (PyTorch). Importing this package requires PyTorch.

The rest of the plugin works without PyTorch: Processing algorithms import this
package only when they run.
"""

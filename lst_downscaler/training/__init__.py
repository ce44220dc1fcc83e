"""Training of the bundled deep models on real MODIS data (python -m lst_downscaler.training)."""

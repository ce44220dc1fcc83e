"""Toolbox group "Training": train a downscaling network on the user's own layers."""

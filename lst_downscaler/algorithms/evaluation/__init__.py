"""Toolbox group "Evaluation": closed loops and comparisons with a reference LST."""

"""Evaluation: aggregation to coarse grids, accuracy metrics, closed loops and comparisons with a reference, reports."""

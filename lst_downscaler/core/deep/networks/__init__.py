"""The networks, one module each, built from their model cards."""

"""The command line, free of QGIS: ``python -m lst_downscaler methods|run|batch`` (see main.py)."""

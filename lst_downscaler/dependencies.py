"""The Python packages the algorithms need beyond QGIS, and how to install each on every platform.

The plugin itself loads without them: the algorithms import the core (which reads rasters
with rasterio) only when they run, and ``canExecute`` tells the user what is missing.
"""

import importlib

from qgis.PyQt.QtCore import QCoreApplication


def tr(text):
    return QCoreApplication.translate("lst_downscaler", text)


def is_importable(module):
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def rasterio_hint():
    return tr(
        "This algorithm needs the Python package rasterio, which QGIS's Python cannot import. "
        "Install the build that uses QGIS's own GDAL, never a pip wheel (it brings a second GDAL "
        "into QGIS): on Windows, run the OSGeo4W installer (Advanced install) and add the package "
        "'python3-rasterio'; on Debian or Ubuntu, 'sudo apt install python3-rasterio'; on macOS "
        "or any QGIS installed with conda, 'conda install -c conda-forge rasterio' in QGIS's "
        "environment. Then restart QGIS.")


def torch_hint():
    return tr(
        "This algorithm needs PyTorch, which QGIS's Python cannot import. Install it into "
        "that Python, e.g. on Linux: 'python3 -m pip install --user torch' (CPU build: add "
        "'--index-url https://download.pytorch.org/whl/cpu'); on Windows, from the OSGeo4W "
        "Shell: 'python -m pip install torch'. Then restart QGIS.")


def sklearn_hint():
    return tr(
        "This algorithm needs scikit-learn, which QGIS's Python cannot import. Install it into "
        "that Python: on Debian or Ubuntu, 'sudo apt install python3-sklearn'; on Windows, from "
        "the OSGeo4W Shell, 'python -m pip install scikit-learn'; on macOS or any QGIS installed "
        "with conda, 'conda install -c conda-forge scikit-learn' in QGIS's environment. Then "
        "restart QGIS.")


def check(modules):
    """``canExecute``'s answer: ``(False, hint)`` for the first of ``modules`` that cannot be
    imported, else ``(True, "")``."""
    hints = {"rasterio": rasterio_hint, "torch": torch_hint, "sklearn": sklearn_hint}
    for module in modules:
        if not is_importable(module):
            return False, hints[module]()
    return True, ""

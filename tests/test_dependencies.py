"""The plugin where QGIS's Python lacks rasterio (common on Windows and macOS) or PyTorch: it loads, and
every algorithm says what is missing and how to install it (the bundled workflows, which
could not say it, are listed once rasterio is there)."""

import os
import subprocess
import sys

from shared_data import ROOT

SCRIPT = """
import sys
sys.modules["rasterio"] = None  # as if it were not installed
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from processing.core.Processing import Processing
Processing.initialize()
import lst_downscaler
plugin = lst_downscaler.classFactory(None)  # as qgis_process loads it: no iface
plugin.initProcessing()
provider = QgsApplication.processingRegistry().providerById("lst_downscaler")
for algorithm in provider.algorithms():
    ok, message = algorithm.canExecute()
    print(algorithm.id(), ok, message.replace(chr(10), " "), sep="|")
plugin.unload()
"""


def test_plugin_loads_and_explains_without_rasterio(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    completed = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True,
                               timeout=300, cwd=tmp_path)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    rows = [line.split("|") for line in completed.stdout.splitlines() if line.startswith("lst_downscaler:")]
    answers = {algorithm: (ok, message) for algorithm, ok, message in rows}
    assert {"lst_downscaler:tsharp", "lst_downscaler:sc_unet", "lst_downscaler:starfm"} <= set(answers)
    assert not [algorithm for algorithm in answers if " " in algorithm]  # no workflow
    for algorithm, (ok, message) in answers.items():
        assert ok == "False", algorithm
        assert "rasterio" in message and "OSGeo4W" in message and "python3-rasterio" in message, message
        assert "pip install rasterio" not in message  # a wheel would bring a second GDAL into QGIS


def test_processing_run_says_what_is_missing(tmp_path):
    """processing.run and qgis_process do not ask canExecute: the run itself says what is missing."""
    script = """
import sys
sys.modules["torch"] = None  # as on Debian 13, where no CPU build of PyTorch is at hand
from qgis.core import QgsApplication, QgsProcessingException
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from processing.core.Processing import Processing
Processing.initialize()
import processing
from lst_downscaler.provider import LstDownscalerProvider
provider = LstDownscalerProvider()
QgsApplication.processingRegistry().addProvider(provider)
try:
    processing.run("lst_downscaler:sc_unet", {"LST": "lst.tif", "NDVI": "ndvi.tif", "OUTPUT": "out.tif"})
except QgsProcessingException as error:
    print("REFUSED", str(error).replace(chr(10), " "))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    completed = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                               timeout=300, cwd=tmp_path)
    assert "REFUSED" in completed.stdout, completed.stdout + completed.stderr
    assert "needs PyTorch" in completed.stdout and "Traceback" not in completed.stdout
    assert not (tmp_path / "out.tif").exists()

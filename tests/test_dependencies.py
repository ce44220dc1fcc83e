"""The plugin where QGIS's Python lacks rasterio (common on Windows and macOS) or PyTorch: it loads, and
every algorithm says what is missing and how to install it (the bundled workflows, which
could not say it, are listed once rasterio is there)."""

from isolated import run_without

SCRIPT = """
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
    completed = run_without(["rasterio"], SCRIPT, tmp_path)
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
from qgis.core import QgsProcessingException
import processing
from lst_downscaler.provider import LstDownscalerProvider
provider = LstDownscalerProvider()
QgsApplication.processingRegistry().addProvider(provider)
try:
    processing.run("lst_downscaler:sc_unet", {"LST": "lst.tif", "NDVI": "ndvi.tif", "OUTPUT": "out.tif"})
except QgsProcessingException as error:
    print("REFUSED", str(error).replace(chr(10), " "))
"""
    completed = run_without(["torch"], script, tmp_path)  # as on Debian 13: no CPU PyTorch at hand
    assert "REFUSED" in completed.stdout, completed.stdout + completed.stderr
    assert "needs PyTorch" in completed.stdout and "Traceback" not in completed.stdout
    assert not (tmp_path / "out.tif").exists()


def test_a_workflow_with_a_deep_step_says_what_is_missing(tmp_path):
    """The progressive workflow without PyTorch: refused (QGIS 3.22) or stopped at its deep step
    (QGIS 3.40, which starts it), with the install hint either way, never a traceback."""
    from shared_data import LIVERPOOL, require
    scene = next(require(LIVERPOOL).glob("*_MTL.txt"))
    script = f"""
from qgis.core import QgsProcessingException, QgsProcessingFeedback
import processing
from lst_downscaler.provider import LstDownscalerProvider
provider = LstDownscalerProvider()
QgsApplication.processingRegistry().addProvider(provider)

class Log(QgsProcessingFeedback):
    def reportError(self, error, fatalError=False):
        print("LOG", error.replace(chr(10), " "))

try:
    processing.run("lst_downscaler:Landsat scene to 30 m LST (progressive)",
                   {{"scene": "{scene}", "progressive:LST_30M": "out.tif"}}, feedback=Log())
except QgsProcessingException as error:
    print("REFUSED", str(error).replace(chr(10), " "))
"""
    completed = run_without(["torch"], script, tmp_path)
    assert "REFUSED" in completed.stdout, completed.stdout + completed.stderr
    assert "needs PyTorch" in completed.stdout, completed.stdout
    assert "Traceback" not in completed.stdout + completed.stderr
    assert not (tmp_path / "out.tif").exists()

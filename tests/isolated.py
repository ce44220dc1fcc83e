"""Running a few lines of PyQGIS in a fresh Python where some packages cannot be imported."""

import os
import subprocess
import sys

from shared_data import ROOT

PRELUDE = """
import sys
for module in {blocked!r}:
    sys.modules[module] = None  # as if it were not installed
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from processing.core.Processing import Processing
Processing.initialize()
"""


def run_without(blocked, body, cwd):
    """Run ``body`` after QGIS and Processing start, with the modules ``blocked``; the process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", PRELUDE.format(blocked=tuple(blocked)) + body], env=env,
                          capture_output=True, text=True, timeout=300, cwd=cwd)

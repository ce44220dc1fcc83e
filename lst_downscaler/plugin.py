"""The QGIS plugin: its translation and the Processing provider, in the desktop and in qgis_process."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from .provider import LstDownscalerProvider
from .translation import install_translator


class LstDownscalerPlugin:
    def __init__(self, iface):
        self.iface = iface  # None in qgis_process
        self.provider = None
        self.translator = install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS API)
        self.provider = LstDownscalerProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

"""The QGIS plugin: its translation and the Processing provider, in the desktop and in qgis_process."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from .provider import LstDownscalerProvider
from .translation import install_translator
from .workflows import register_edit_copy_action, unregister_edit_copy_action


class LstDownscalerPlugin:
    def __init__(self, iface):
        self.iface = iface  # None in qgis_process
        self.provider = None
        self.edit_copy_action = None
        self.translator = install_translator()

    def initProcessing(self):  # noqa: N802 (QGIS API)
        self.provider = LstDownscalerProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        self.edit_copy_action = register_edit_copy_action()

    def unload(self):
        if self.edit_copy_action is not None:
            unregister_edit_copy_action(self.edit_copy_action)
            self.edit_copy_action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

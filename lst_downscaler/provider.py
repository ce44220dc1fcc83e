"""The Processing provider that holds every lst_downscaler algorithm."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .algorithms.bicubic import BicubicAlgorithm
from .algorithms.closed_loop_evaluation import ClosedLoopEvaluationAlgorithm
from .algorithms.compare_with_reference import CompareWithReferenceAlgorithm
from .algorithms.distrad import DistradAlgorithm
from .algorithms.dms import DmsAlgorithm
from .algorithms.heat_hot_spots import HeatHotSpotsAlgorithm
from .algorithms.prepare_aster import PrepareAsterAlgorithm
from .algorithms.prepare_landsat_l1 import PrepareLandsatL1Algorithm
from .algorithms.prepare_landsat_l2 import PrepareLandsatL2Algorithm
from .algorithms.prepare_modis_lst import PrepareModisLstAlgorithm
from .algorithms.sc_unet import ScUnetAlgorithm
from .algorithms.sif_cnn import SifCnnSr1Algorithm, SifCnnSr2Algorithm
from .algorithms.spectral_index import SpectralIndexAlgorithm
from .algorithms.tsharp import TsharpAlgorithm
from . import dependencies
from .resources import resource_path
from .workflows import bundled_models


class LstDownscalerProvider(QgsProcessingProvider):
    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        for algorithm in (TsharpAlgorithm(), DistradAlgorithm(), BicubicAlgorithm(), SifCnnSr1Algorithm(),
                          SifCnnSr2Algorithm(), ScUnetAlgorithm(),
                          PrepareLandsatL2Algorithm(), PrepareLandsatL1Algorithm(), PrepareModisLstAlgorithm(),
                          PrepareAsterAlgorithm(), SpectralIndexAlgorithm(), ClosedLoopEvaluationAlgorithm(),
                          CompareWithReferenceAlgorithm(), HeatHotSpotsAlgorithm()):
            self.addAlgorithm(algorithm)
        self.addAlgorithm(DmsAlgorithm())
        # A model cannot say why it cannot run: without rasterio, only the algorithms are listed,
        # and each of them says how to install it.
        if dependencies.check(("rasterio",))[0]:
            for model in bundled_models():
                self.addAlgorithm(model)

    def id(self):
        return "lst_downscaler"

    def name(self):
        return QCoreApplication.translate("lst_downscaler", "LST downscaling")

    def longName(self):  # noqa: N802 (QGIS API)
        return self.name()

    def icon(self):
        return QIcon(str(resource_path("icons", "lst_downscaler.svg")))

    def supportedOutputRasterLayerExtensions(self):  # noqa: N802 (QGIS API)
        return ["tif"]

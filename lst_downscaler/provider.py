"""The Processing provider that holds every lst_downscaler algorithm."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from . import dependencies
from .algorithms.analysis.heat_hot_spots import HeatHotSpotsAlgorithm
from .algorithms.downscaling.bicubic import BicubicAlgorithm
from .algorithms.downscaling.distrad import DistradAlgorithm
from .algorithms.downscaling.dms import DmsAlgorithm
from .algorithms.downscaling.progressive_landsat import ProgressiveLandsatAlgorithm
from .algorithms.downscaling.sc_unet import ScUnetAlgorithm
from .algorithms.downscaling.sif_cnn import SifCnnSr2Algorithm
from .algorithms.downscaling.srda_net import SrdaNetAlgorithm
from .algorithms.downscaling.tsharp import TsharpAlgorithm
from .algorithms.evaluation.closed_loop_evaluation import ClosedLoopEvaluationAlgorithm
from .algorithms.evaluation.compare_with_reference import CompareWithReferenceAlgorithm
from .algorithms.fusion.dlstfm import DlstfmAlgorithm
from .algorithms.fusion.estarfm import EstarfmAlgorithm
from .algorithms.fusion.starfm import StarfmAlgorithm
from .algorithms.fusion.time_series import FusionTimeSeriesAlgorithm
from .algorithms.preparation.prepare_aster import PrepareAsterAlgorithm
from .algorithms.preparation.prepare_landsat_l1 import PrepareLandsatL1Algorithm
from .algorithms.preparation.prepare_landsat_l2 import PrepareLandsatL2Algorithm
from .algorithms.preparation.prepare_modis_lst import PrepareModisLstAlgorithm
from .algorithms.preparation.spectral_index import SpectralIndexAlgorithm
from .algorithms.training.train_network import TrainNetworkAlgorithm
from .resources import resource_path
from .workflows import bundled_models


def algorithms():
    """New instances of every algorithm of the provider (the workflows aside)."""
    return [TsharpAlgorithm(), DistradAlgorithm(), DmsAlgorithm(), BicubicAlgorithm(), SifCnnSr2Algorithm(),
            ScUnetAlgorithm(), SrdaNetAlgorithm(), ProgressiveLandsatAlgorithm(), PrepareLandsatL2Algorithm(), PrepareLandsatL1Algorithm(), PrepareModisLstAlgorithm(),
            PrepareAsterAlgorithm(), SpectralIndexAlgorithm(), ClosedLoopEvaluationAlgorithm(),
            CompareWithReferenceAlgorithm(), HeatHotSpotsAlgorithm(), StarfmAlgorithm(), EstarfmAlgorithm(),
            FusionTimeSeriesAlgorithm(), DlstfmAlgorithm(), TrainNetworkAlgorithm()]


class LstDownscalerProvider(QgsProcessingProvider):
    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        for algorithm in algorithms():
            self.addAlgorithm(algorithm)
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

"""What every lst_downscaler algorithm shares: translation, layers to core sources, errors."""

from contextlib import contextmanager

from qgis.core import (QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingParameterBand, QgsProcessingParameterEnum,
                       QgsProcessingParameterNumber, QgsProcessingParameterRasterLayer)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.errors import Canceled, DownscalingError
from ..core.raster import BandSource
from ..resources import resource_path

TRANSLATION_CONTEXT = "lst_downscaler"


def tr(text):
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


class LstAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses define name, display name, help, parameters and ``run``."""

    OUTPUT = "OUTPUT"
    UNITS = "UNITS"

    def tr(self, text):
        return tr(text)

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def icon(self):
        return QIcon(str(resource_path("icons", "lst_downscaler.svg")))

    def units_parameter(self):
        return QgsProcessingParameterEnum(
            self.UNITS, self.tr("Output units"), options=[self.tr("kelvin (K)"), self.tr("degrees Celsius (°C)")],
            defaultValue=0)

    def wants_celsius(self, parameters, context):
        return self.parameterAsEnum(parameters, self.UNITS, context) == 1

    def raster_parameters(self, name, description, optional=False):
        """A raster layer parameter and its band parameter (``<name>_BAND``)."""
        return [
            QgsProcessingParameterRasterLayer(name, description, optional=optional),
            QgsProcessingParameterBand(f"{name}_BAND", self.tr("{} band").format(description),
                                       defaultValue=1, parentLayerParameterName=name, optional=True),
        ]

    def optional_number(self, parameters, name, context):
        """A number parameter's value, or None when it is left empty."""
        value = parameters.get(name)
        if value is None or value == "":
            return None
        return self.parameterAsDouble(parameters, name, context)

    def band_source(self, parameters, name, context, scale=None, offset=None):
        """The core BandSource of a raster layer parameter and its band, or None if unset."""
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None:
            return None
        if layer.providerType() != "gdal":
            raise QgsProcessingException(self.tr(
                "Layer '{}' is not a file-based raster (provider '{}'): save it as a GeoTIFF first "
                "(Raster > Conversion > Translate).").format(layer.name(), layer.providerType()))
        band = self.parameterAsInt(parameters, f"{name}_BAND", context) or 1
        crs = layer.crs().toWkt() if layer.crs().isValid() else None
        return BandSource(layer.source(), band, scale=scale, offset=offset, crs=crs)

    def number(self, name, description, default=None, minimum=None, maximum=None, optional=False,
               integer=False):
        kind = QgsProcessingParameterNumber.Integer if integer else QgsProcessingParameterNumber.Double
        parameter = QgsProcessingParameterNumber(name, description, kind, defaultValue=default,
                                                 optional=optional)
        if minimum is not None:
            parameter.setMinimum(minimum)
        if maximum is not None:
            parameter.setMaximum(maximum)
        return parameter

    @contextmanager
    def core_errors(self):
        """Turn the core's errors into Processing errors that the user sees."""
        try:
            yield
        except DownscalingError as error:
            raise QgsProcessingException(str(error)) from error
        except Canceled as error:
            raise QgsProcessingException(self.tr("Canceled: no output was written.")) from error

    def run_core(self, function, feedback, *args, **kwargs):
        """Call a core function with progress and Cancel wired to ``feedback``."""
        with self.core_errors():
            return function(*args, progress=feedback.setProgress, is_canceled=feedback.isCanceled,
                            **kwargs)

"""What every lst_downscaler algorithm shares: translation, layers to core sources, errors.

The algorithms import the core, which needs rasterio, only when they run: the plugin then
loads where rasterio is missing, and ``canExecute`` says how to install it.
"""

import dataclasses
import os
import warnings
from contextlib import contextmanager

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterBand,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .. import dependencies
from ..core.errors import Canceled, DownscalingError
from ..core.guards import InputWarning, check_outputs
from ..resources import resource_path
from .heat_map_style import HeatMapStyle

TRANSLATION_CONTEXT = "lst_downscaler"


def tr(text):
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def group_names():
    """Display names of the Toolbox groups, by group id."""
    return {"downscaling": tr("Downscaling"), "preparation": tr("Input preparation"),
            "evaluation": tr("Evaluation"), "analysis": tr("Analysis"),
            "fusion": tr("Spatiotemporal fusion"), "training": tr("Training")}


class LstAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses define name, display name, help, parameters and ``run``."""

    OUTPUT = "OUTPUT"
    UNITS = "UNITS"
    LST = "LST"
    LST_SCALE = "LST_SCALE"
    LST_OFFSET = "LST_OFFSET"
    NDVI = "NDVI"
    REFLECTANCE = "REFLECTANCE"
    RED_BAND = "RED_BAND"
    NIR_BAND = "NIR_BAND"

    #: The Toolbox group: a key of :func:`group_names`.
    group_id = None
    #: Python packages the algorithm needs beyond QGIS (see :mod:`lst_downscaler.dependencies`).
    requirements = ("rasterio",)

    def tr(self, text):
        return tr(text)

    # --- the device of the PyTorch algorithms ---

    DEVICE = "DEVICE"
    CUDA_DEVICE = "CUDA_DEVICE"

    def device_choices(self):
        return [(self.tr("Auto (CUDA GPU if available, else CPU)"), "auto"), (self.tr("CPU"), "cpu"),
                (self.tr("CUDA GPU"), "cuda")]

    def device_parameter(self):
        return self.enum_parameter(self.DEVICE, self.tr("Device"), self.device_choices(), "auto")

    def cuda_device_parameter(self):
        return self.number(self.CUDA_DEVICE, self.tr("CUDA device number"), default=0, minimum=0, integer=True)

    def chosen_device(self, parameters, context):
        """The DEVICE choice as PyTorch names it: "auto", "cpu", "cuda", or "cuda:N" with N the
        CUDA_DEVICE parameter when the algorithm has one."""
        device = self.enum_value(parameters, self.DEVICE, context, self.device_choices())
        if device == "cuda" and self.parameterDefinition(self.CUDA_DEVICE) is not None:
            device = f"cuda:{self.parameterAsInt(parameters, self.CUDA_DEVICE, context)}"
        return device

    def group(self):
        return group_names()[self.group_id]

    def groupId(self):  # noqa: N802 (QGIS API)
        return self.group_id

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def canExecute(self):  # noqa: N802 (QGIS API)
        return dependencies.check(self.requirements)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 (QGIS API)
        """Refuse to start without a package this algorithm needs: a workflow's step, which QGIS
        3.40 starts without asking canExecute, then says what to install instead of failing on an import."""
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        return True

    def icon(self):
        return QIcon(str(resource_path("icons", "lst_downscaler.svg")))

    def enum_parameter(self, name, description, choices, default):
        """An enum parameter over ``choices``, (label, value) pairs; ``default`` is a value."""
        values = [value for _, value in choices]
        return QgsProcessingParameterEnum(name, description, options=[label for label, _ in choices],
                                          defaultValue=values.index(default))

    def enum_value(self, parameters, name, context, choices):
        """The value of the choice made in enum parameter ``name``."""
        return choices[self.parameterAsEnum(parameters, name, context)][1]

    def residual_choices(self):
        """How a sharpener adds the coarse residual back: (label, name of core.sharpening's Residual)."""
        return [(self.tr("None (regression only)"), "NONE"), (self.tr("Block (original method)"), "BLOCK"),
                (self.tr("Smooth, mass-preserving (block means kept exactly)"), "SMOOTH"),
                (self.tr("Cubic interpolation (for sensor LST such as MODIS)"), "CUBIC")]

    def unit_choices(self):
        return [(self.tr("kelvin (K)"), False), (self.tr("degrees Celsius (°C)"), True)]

    def units_parameter(self):
        return self.enum_parameter(self.UNITS, self.tr("Output units"), self.unit_choices(), False)

    def wants_celsius(self, parameters, context):
        return self.enum_value(parameters, self.UNITS, context, self.unit_choices())

    def load_as_heat_map(self, output, context, celsius):
        """When ``output`` is to be loaded into a project: style it as a heat map, and name it
        e.g. "LST (°C) — TsHARP" unless the run named it (a model output, say)."""
        from ..core.lst import output_units
        if not context.willLoadLayerOnCompletion(output):
            return
        details = context.layerToLoadOnCompletionDetails(output)
        unit, description = output_units(celsius)
        if details.name == self.parameterDefinition(self.OUTPUT).description():
            details.name = self.tr("{} — {}").format(description, self.displayName().split(" (")[0])
        details.setPostProcessor(HeatMapStyle.for_output(output, unit))

    def raster_parameters(self, name, description, optional=False):
        """A raster layer parameter and its band parameter (``<name>_BAND``)."""
        return [
            QgsProcessingParameterRasterLayer(name, description, optional=optional),
            QgsProcessingParameterBand(f"{name}_BAND", self.tr("{} band").format(description),
                                       defaultValue=1, parentLayerParameterName=name, optional=True),
        ]

    def advanced(self, parameter):
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        return parameter

    def lst_parameters(self):
        return self.raster_parameters(self.LST, self.tr("Coarse LST layer"))

    def lst_calibration_parameters(self):
        return [
            self.number(self.LST_SCALE, self.tr("LST scale (empty: from the layer's metadata)"), optional=True),
            self.number(self.LST_OFFSET, self.tr("LST offset (empty: from the layer's metadata)"), optional=True),
        ]

    def vegetation_parameters(self):
        """A fine NDVI layer, or a reflectance layer with its red and NIR bands."""
        parameters = self.raster_parameters(self.NDVI, self.tr("Fine NDVI layer"), optional=True)
        parameters.append(QgsProcessingParameterRasterLayer(
            self.REFLECTANCE, self.tr("Or: fine reflectance layer (red and NIR bands)"), optional=True))
        for name, label in ((self.RED_BAND, self.tr("Red band")), (self.NIR_BAND, self.tr("NIR band"))):
            parameters.append(QgsProcessingParameterBand(
                name, label, parentLayerParameterName=self.REFLECTANCE, optional=True))
        return parameters

    def lst_source(self, parameters, context):
        return self.band_source(parameters, self.LST, context,
                                scale=self.optional_number(parameters, self.LST_SCALE, context),
                                offset=self.optional_number(parameters, self.LST_OFFSET, context))

    def ndvi_input(self, parameters, context):
        from ..core.ndvi import NdviBand, RedNirBands
        ndvi = self.band_source(parameters, self.NDVI, context)
        if ndvi is not None:
            return NdviBand(ndvi)
        red = self._reflectance_band(parameters, self.RED_BAND, context)
        nir = self._reflectance_band(parameters, self.NIR_BAND, context)
        if red is None or nir is None:
            raise QgsProcessingException(self.tr(
                "No vegetation input: give a fine NDVI layer, or a reflectance layer with its red "
                "and NIR bands."))
        return RedNirBands(red, nir)

    def _reflectance_band(self, parameters, band_parameter, context):
        band = parameters.get(band_parameter)
        source = self.band_source(parameters, self.REFLECTANCE, context)
        if source is None or band in (None, "", 0):
            return None
        return dataclasses.replace(source, band=self.parameterAsInt(parameters, band_parameter, context))

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
        band = self.parameterAsInt(parameters, f"{name}_BAND", context) or 1
        return self.layer_source(layer, band, scale, offset)

    def layer_sources(self, parameters, name, context):
        """Band 1 of every layer of a multiple-layers parameter, as core BandSources."""
        return [self.layer_source(layer) for layer in self.parameterAsLayerList(parameters, name, context) or []]

    def layer_source(self, layer, band=1, scale=None, offset=None):
        """The core BandSource of one band of a raster layer (its CRS used where the file has none)."""
        from ..core.io.raster import BandSource
        if layer.providerType() != "gdal":
            raise QgsProcessingException(self.tr(
                "Layer '{}' is not a file-based raster (provider '{}'): save it as a GeoTIFF first "
                "(Raster > Conversion > Translate).").format(layer.name(), layer.providerType()))
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

    def checkParameterValues(self, parameters, context):  # noqa: N802 (QGIS API)
        """Refuse, before any work, a run whose Python packages are missing (processing.run and
        qgis_process do not ask canExecute), and outputs that would overwrite an input or cannot
        be written."""
        for check in (self.canExecute, lambda: super(LstAlgorithm, self).checkParameterValues(parameters, context)):
            ok, message = check()
            if not ok:
                return ok, message
        outputs, rasters, inputs, folders = {}, set(), [], []
        for definition in self.parameterDefinitions():
            name, kind = definition.name(), definition.type()
            if definition.isDestination():
                value = parameters.get(name)
                if isinstance(value, QgsProcessingOutputLayerDefinition):
                    value = value.sink.staticValue()
                if value in (None, "", QgsProcessing.TEMPORARY_OUTPUT):
                    continue
                if kind == "rasterDestination":
                    outputs[name] = self.parameterAsOutputLayer(parameters, name, context)
                    rasters.add(name)
                elif kind == "folderDestination":  # checked through the files it will hold
                    folder = self.parameterAsFileOutput(parameters, name, context)
                    outputs.update(self.files_in_output_folder(parameters, context, name, folder))
                    rasters.update(label for label in outputs if label.startswith(name + "/"))
                else:
                    outputs[name] = self.parameterAsFileOutput(parameters, name, context)
            elif kind == "raster":
                layer = self.parameterAsRasterLayer(parameters, name, context)
                if layer is not None:
                    inputs.append(layer.source())
            elif kind in ("multilayer", "source", "vector"):
                layers = (self.parameterAsLayerList(parameters, name, context) if kind == "multilayer"
                          else [self.parameterAsVectorLayer(parameters, name, context)])
                inputs += [layer.source().split("|")[0] for layer in layers or [] if layer is not None]
            elif kind == "file":
                path = self.parameterAsFile(parameters, name, context)
                if path:
                    inputs.append(path)
                    if os.path.isdir(path) or path.upper().endswith("_MTL.TXT"):
                        folders.append(path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path)))
        try:
            check_outputs({name: path for name, path in outputs.items() if path}, inputs, folders, rasters)
        except DownscalingError as error:
            return False, str(error)
        return True, ""

    def files_in_output_folder(self, parameters, context, name, folder):
        """{label: path} of the files that the algorithm will write in the output folder ``name``
        (at ``folder``), checked as outputs; an algorithm with a folder output says which."""
        return {}

    @contextmanager
    def core_errors(self, feedback=None):
        """Turn the core's errors into Processing errors that the user sees, and its input
        warnings (pixels dropped by the guards) into feedback warnings."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", InputWarning)
            try:
                yield
            except DownscalingError as error:
                raise QgsProcessingException(str(error)) from error
            except Canceled as error:
                raise QgsProcessingException(self.tr("Canceled: no output was written.")) from error
            except Exception as error:
                from ..core.io.raster import GDAL_ERRORS  # rasterio is there whenever an algorithm runs
                if not isinstance(error, GDAL_ERRORS):
                    raise
                raise QgsProcessingException(self.tr(
                    "GDAL could not read or write a file: {}. A truncated or corrupt input, or an output "
                    "folder that cannot be written, are the usual causes.").format(error)) from error
            finally:
                messages = [str(w.message) for w in caught if issubclass(w.category, InputWarning)]
                for message in dict.fromkeys(messages) if feedback is not None else ():
                    feedback.pushWarning(message)

    def run_core(self, function, feedback, *args, **kwargs):
        """Call a core function with progress and Cancel wired to ``feedback``."""
        with self.core_errors(feedback):
            return function(*args, progress=feedback.setProgress, is_canceled=feedback.isCanceled,
                            **kwargs)

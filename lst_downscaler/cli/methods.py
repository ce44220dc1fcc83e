"""The downscaling methods of the command line: one ``Method`` entry each, in ``METHODS``.

An entry names the method's inputs (``lst``, ``ndvi`` and any other: ``--input KEY=PATH`` on the
command line, a column of the same name in a batch manifest), the core options dataclass whose
fields are its ``--option`` keys (with the method's own defaults, those of its Processing
algorithm), and the function that calls the core. Adding a method is adding one entry.
"""

import dataclasses
import importlib
import importlib.util
import os
import typing

from ..core.errors import DownscalingError
from .options import Option, options_of, parse_assignments

INSTALL_HINTS = {
    "rasterio": "Install rasterio: 'apt install python3-rasterio' (Debian, Ubuntu) or 'pip install rasterio'.",
    "sklearn": "Install scikit-learn: 'apt install python3-sklearn' (Debian, Ubuntu) or 'pip install scikit-learn'.",
    "torch": ("Install PyTorch: 'pip install torch --index-url https://download.pytorch.org/whl/cpu' "
              "(the CPU build), or the CUDA build from pytorch.org."),
}


@dataclasses.dataclass(frozen=True)
class Input:
    """An input file of a method; ``several``: a ';'-separated list of files."""

    key: str
    help: str
    required: bool = True
    several: bool = False


LST = Input("lst", "coarse LST, in kelvin or with its scale/offset in the file or as options")
NDVI = Input("ndvi", "fine NDVI, [-1, 1]; defines the output grid")

#: Options every method takes: the bands of the LST and NDVI files, the LST's calibration.
SOURCE_OPTIONS = (
    Option("lst_band", int, 1, help="band of the LST file", bounds={"minimum": 1}),
    Option("lst_scale", float, None, optional=True, help="none: the file's scale"),
    Option("lst_offset", float, None, optional=True, help="none: the file's offset"),
    Option("ndvi_band", int, 1, help="band of the NDVI file", bounds={"minimum": 1}),
)
#: Options of the core calls that place the output grid.
GRID_OPTIONS = (
    Option("factor", int, None, optional=True, help="none: LST pixel size / NDVI pixel size", bounds={"minimum": 1}),
    Option("target_res", float, None, optional=True, help="none: the NDVI's pixel size"),
)


@dataclasses.dataclass(frozen=True)
class Method:
    """A downscaling method: its inputs, its options and the call of the core that runs it.

    ``options_class``: "module:Class" of the core's options dataclass (imported only when
    needed, so that listing the methods needs neither PyTorch nor scikit-learn); ``defaults``:
    the values of its fields that differ for this method, as option texts; ``extra_options``: options outside
    that dataclass; ``run(request, progress)`` calls the core; ``fit(request)``, when the
    method has one, fits the whole scene so that its output can be computed by windows
    (see split.py), and ``output_grid(request)`` is the grid of its output.
    """

    name: str
    summary: str
    run: typing.Callable
    inputs: tuple = (LST, NDVI)
    options_class: str = None
    defaults: dict = dataclasses.field(default_factory=dict)
    extra_options: tuple = SOURCE_OPTIONS + GRID_OPTIONS
    requirements: tuple = ("rasterio",)
    fit: typing.Callable = None
    output_grid: typing.Callable = None

    def missing_requirement(self):
        """The install hint of the first package that this method needs and that is missing."""
        for module in self.requirements:
            if importlib.util.find_spec(module) is None:
                return f"Method {self.name} needs the Python package {module}. {INSTALL_HINTS[module]}"
        return None

    def check_requirements(self):
        missing = self.missing_requirement()
        if missing:
            raise DownscalingError(missing)

    def core_options_class(self):
        module, _, name = self.options_class.partition(":")
        return getattr(importlib.import_module(module, __package__), name)

    def core_options(self, options):
        """The core's options dataclass filled from ``options`` {key: typed value}."""
        options_class = self.core_options_class()
        names = {field.name for field in dataclasses.fields(options_class)}
        return options_class(**{key: value for key, value in options.items() if key in names})

    def options(self):
        """Every Option of the method: the options dataclass's fields, then the extra ones."""
        fields = options_of(self.core_options_class(), self.defaults) if self.options_class else []
        return fields + list(self.extra_options)

    def parsed_options(self, assignments=()):
        """{key: typed value} of every option, from the KEY=VALUE texts ``assignments``, checked
        as the core checks them (:func:`.core.options.check_options`) before any scene runs."""
        self.check_requirements()
        options = parse_assignments(assignments, self.options())
        if self.options_class:
            from ..core.options import check_options
            check_options(self.core_options(options))
        return options

    def request(self, inputs, output, assignments=(), options=None):
        """The Request of one scene: ``inputs`` {key: path or ';'-separated paths}, ``output`` a
        GeoTIFF path, ``assignments`` the KEY=VALUE option texts, or ``options`` those of
        :meth:`parsed_options` (a batch parses them once)."""
        if options is None:
            options = self.parsed_options(assignments)
        return Request(self.name, self.scene_inputs(inputs), os.fspath(output), options)

    def scene_inputs(self, given):
        """{key: path, or list of paths for ``several`` inputs}, checked against the method's inputs."""
        known = {spec.key: spec for spec in self.inputs}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise DownscalingError(
                f"Method {self.name} has no input {', '.join(unknown)}: its inputs are {', '.join(known)}.")
        inputs = {}
        for key, spec in known.items():
            value = (given.get(key) or "").strip()
            if not value:
                if spec.required:
                    flag = f"--{key} PATH or " if key in ("lst", "ndvi") else ""  # the inputs with a flag
                    raise DownscalingError(
                        f"Method {self.name} needs the input '{key}' ({spec.help}): give {flag}"
                        f"--input {key}=PATH (a '{key}' column in a manifest).")
                continue
            inputs[key] = [p.strip() for p in value.split(";") if p.strip()] if spec.several else value
        return inputs


@dataclasses.dataclass(frozen=True)
class Request:
    """One scene to downscale: what a batch sends to a Dask worker (plain, picklable data)."""

    method: str
    inputs: dict
    output: str
    options: dict

    def core_options(self):
        return method_named(self.method).core_options(self.options)

    def input_paths(self):
        paths = []
        for value in self.inputs.values():
            paths += value if isinstance(value, list) else [value]
        return paths

    def lst(self):
        from ..core.io.raster import BandSource
        return BandSource(self.inputs["lst"], self.options["lst_band"], scale=self.options["lst_scale"],
                          offset=self.options["lst_offset"])

    def ndvi_source(self):
        from ..core.io.raster import BandSource
        return BandSource(self.inputs["ndvi"], self.options["ndvi_band"])

    def ndvi(self):
        from ..core.ndvi import NdviBand
        return NdviBand(self.ndvi_source())

    def grid_arguments(self):
        return {"factor": self.options["factor"], "target_res": self.options["target_res"]}


def run_bicubic(request, progress=None):
    from ..core.sharpening.bicubic import bicubic
    return bicubic(request.lst(), request.ndvi_source().grid(), request.output,
                   celsius=request.options["celsius"], progress=progress, **request.grid_arguments())


def run_sharpening(request, progress=None):
    from ..core.sharpening.regression import sharpen
    return sharpen(request.lst(), request.ndvi(), request.output, request.core_options(), progress=progress,
                   **request.grid_arguments())


def sharpened_grid(request):
    """The output grid of TsHARP, DisTrad and DMS: the NDVI's, or at the factor or resolution asked."""
    from ..core.lst import plan_for
    return plan_for(request.lst(), request.ndvi_source().grid(), **request.grid_arguments()).fine


def fit_regression(request):
    from ..core.sharpening.regression import fit_sharpening
    return fit_sharpening(request.lst(), request.ndvi(), request.core_options(), **request.grid_arguments())


def dms_predictors(request):
    """The NDVI and every band of each ``predictors`` file."""
    from ..core.io.raster import BandSource
    from ..core.sharpening.dms import BandPredictor
    predictors = [request.ndvi()]
    for path in request.inputs.get("predictors", []):
        with BandSource(path).open() as dataset:
            bands = dataset.count
        predictors += [BandPredictor(BandSource(path, band)) for band in range(1, bands + 1)]
    if len(predictors) > 1 and importlib.util.find_spec("sklearn") is None:
        raise DownscalingError(f"{len(predictors)} predictor bands: method dms needs the Python package scikit-learn "
                               f"for more than one (with the NDVI alone it does not). {INSTALL_HINTS['sklearn']}")
    return predictors


def run_dms(request, progress=None):
    from ..core.sharpening.dms import dms
    return dms(request.lst(), dms_predictors(request), request.output, request.core_options(), progress=progress,
               **request.grid_arguments())


def fit_dms(request):
    from ..core.sharpening.dms import fit_dms as fit
    return fit(request.lst(), dms_predictors(request), request.core_options(), **request.grid_arguments())


def _deep_arguments(request):
    """The model (the bundled network of the method's name, or the ``model`` file, a .json card),
    the LST, the NDVI and the core options of a deep method's Request."""
    return request.inputs.get("model", request.method), request.lst(), request.ndvi(), request.core_options()


def _auxiliary(request):
    from ..core.io.raster import BandSource
    return [BandSource(path) for path in request.inputs.get("auxiliary", [])]


def deep_grid(request):
    """The output grid of a deep method: the NDVI's, unless it is resampled to the model's factor."""
    from ..core.deep.downscale import output_plan
    from ..core.deep.registry import model_card
    card, _ = model_card(request.inputs.get("model", request.method))
    return output_plan(card, request.lst(), request.ndvi_source().grid())[0].fine


def run_deep(request, progress=None):
    from ..core.deep.downscale import downscale
    model, lst, ndvi, options = _deep_arguments(request)
    return downscale(model, lst, ndvi, request.output, options, progress=progress, auxiliary=_auxiliary(request))


def fit_deep(request):
    from ..core.deep.downscale import fit_deep as fit
    model, lst, ndvi, options = _deep_arguments(request)
    return fit(model, lst, ndvi, options, auxiliary=_auxiliary(request))


def run_progressive(request, progress=None):
    """Progressive self-training with the six bands of the ``reflectance`` file (blue to SWIR 2)."""
    from ..core.deep.progressive import MODEL_ID, progressive_downscale
    from ..core.io.raster import BandSource
    reflectance = [BandSource(request.inputs["reflectance"], band) for band in range(1, 7)]
    ndvi = request.ndvi_source() if "ndvi" in request.inputs else None
    return progressive_downscale(request.lst(), reflectance, request.output, request.core_options(), ndvi_source=ndvi,
                                 model_id=request.inputs.get("model", MODEL_ID), progress=progress)


SHARPENING = "..core.sharpening.regression:SharpeningOptions"
DEEP_INPUTS = (LST, NDVI,
               Input("auxiliary", "further auxiliary layers a model file's card lists, in its order",
                     required=False, several=True),
               Input("model", "a model file (.json card, .pt beside it) instead of the bundled weights",
                     required=False))


def deep_method(name, summary):
    return Method(name, summary, run_deep, DEEP_INPUTS, "..core.deep.downscale:DeepOptions",
                  extra_options=SOURCE_OPTIONS, requirements=("rasterio", "torch"), fit=fit_deep,
                  output_grid=deep_grid)


METHODS = (
    Method("bicubic", "bicubic upsampling of the LST onto the NDVI's grid (the baseline)", run_bicubic,
           extra_options=SOURCE_OPTIONS + GRID_OPTIONS + (Option("celsius", bool, False, help="output in °C"),)),
    Method("tsharp", "TsHARP: LST regressed on fractional vegetation cover", run_sharpening,
           options_class=SHARPENING, fit=fit_regression, output_grid=sharpened_grid),
    Method("distrad", "DisTrad: LST regressed on NDVI and NDVI² over homogeneous pixels", run_sharpening,
           options_class=SHARPENING, fit=fit_regression, output_grid=sharpened_grid,
           defaults={"regression": "ndvi_quadratic", "homogeneous_percent": "25"}),
    Method("dms", "Data Mining Sharpener: regression trees on the NDVI and any further predictors", run_dms,
           inputs=(LST, NDVI, Input("predictors", "further fine predictor files, every band used",
                                    required=False, several=True)),
           options_class="..core.sharpening.dms:DmsOptions", fit=fit_dms, output_grid=sharpened_grid),
    deep_method("sif_cnn_sr2", "SIF-CNN-SR2 U-Net, x4, trained without fine truth (PSF + high-pass loss)"),
    deep_method("sc_unet", "SC-UNet, x4, trained on degraded pairs (scale-invariance baseline)"),
    deep_method("srda_net", "SRDA-Net, x2 steps with attention over the auxiliary layers"),
    Method("progressive_landsat", "progressive self-training: Landsat thermal band -> 30 m with the 30 m reflectance",
           run_progressive,
           inputs=(LST, Input("reflectance", "6-band reflectance (blue, green, red, NIR, SWIR 1, SWIR 2; 0-1); "
                                             "defines the output grid"),
                   Input("ndvi", "an NDVI to use instead of red and NIR's", required=False),
                   Input("model", "a stage-0 model file (.json card) instead of the bundled weights", required=False)),
           options_class="..core.deep.progressive:ProgressiveOptions", extra_options=SOURCE_OPTIONS,
           requirements=("rasterio", "torch")),
)


def method_named(name):
    for method in METHODS:
        if method.name == name:
            return method
    raise DownscalingError(
        f"Unknown method '{name}': choose one of {', '.join(m.name for m in METHODS)}.")

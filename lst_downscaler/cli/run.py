"""Running one scene: a Request through the core, its failures as one-line messages."""

from ..core.errors import Canceled, DownscalingError
from .methods import method_named


def execute(request, progress=None):
    """Downscale one scene; the core's result. The output is checked before any work (it must
    not overwrite an input) and written atomically by the core: a failure leaves no file."""
    from ..core.guards import check_outputs
    check_outputs({"output": request.output}, request.input_paths(), rasters={"output"})
    return method_named(request.method).run(request, progress)


def failure_message(error):
    """The message for the user of an error that bad input or the environment explains, or
    None for any other error (a bug, to be shown with its traceback)."""
    if isinstance(error, DownscalingError):
        return str(error)
    if isinstance(error, (Canceled, KeyboardInterrupt)):
        return "Interrupted: no output was written."
    try:
        from ..core.io.raster import GDAL_ERRORS
    except ImportError:
        return None
    if isinstance(error, GDAL_ERRORS):
        return (f"GDAL could not read or write a file: {error}. A truncated or corrupt input, or an "
                "output folder that cannot be written, are the usual causes.")
    return None


def run_scene(request):
    """A Dask task: downscale one scene; None when written, else the failure message (bad input
    of one scene must not stop a batch). Errors that are bugs are raised."""
    try:
        execute(request)
    except Exception as error:
        message = failure_message(error)
        if message is None:
            raise
        return message
    return None

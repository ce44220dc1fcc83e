"""Running one scene: a Request through the core, its failures as one-line messages."""

from ..core.errors import Canceled, DownscalingError
from .methods import method_named
from .split import run_split


def check_output(request):
    """Refuse, before any work, an output that would overwrite an input or cannot be written."""
    from ..core.guards import check_outputs
    check_outputs({"output": request.output}, request.input_paths(), rasters={"output"})


def execute(request, progress=None):
    """Downscale one scene; the core's result. The core writes the output atomically: a
    failure leaves no file."""
    check_output(request)
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


def run_scene(request, window_pixels=None):
    """A Dask task: downscale one scene, whole or (``window_pixels``) split into windows of
    about that many pixels; None when written, else the failure message (bad input of one
    scene must not stop a batch). Errors that are bugs are raised."""
    try:
        if window_pixels:
            check_output(request)
            run_split(request, window_pixels)
        else:
            execute(request)
    except Exception as error:
        message = failure_message(error)
        if message is None:
            raise
        return message
    return None

"""Scenes too large for one worker: fitted once, their output computed by row windows as Dask
tasks, and written into one GeoTIFF.

A method can be split when its entry has ``fit`` (a Request -> a fit with
``windows(target_pixels)``, ``window(row, height)`` and ``writer(path)``: the core's
SharpeningFit, DmsFit and DeepFit). The fit holds the whole scene's statistics on the coarse
grid (DMS's trees; a network and the output of its steps before the last), so the stitched
output equals the unsplit one: a sharpening window needs no halo, and a network's window runs
every tile that covers it and blends them as the whole run does.
"""

from ..core.errors import DownscalingError
from .methods import method_named


def split_pixels(request, largest):
    """The output pixels of a scene that has more than ``largest`` and whose method can be
    split, else None (also when its inputs cannot be opened: running it whole reports why)."""
    method = method_named(request.method)
    if not largest or method.fit is None:
        return None
    try:
        grid = method.output_grid(request)
    except DownscalingError:
        return None
    return grid.width * grid.height if grid.width * grid.height > largest else None


def window_rows(fit, row, height):
    """A Dask task: output rows ``row...row + height`` of a fitted scene."""
    return fit.window(row, height)


def run_split(request, window_pixels):
    """Run within a Dask task: fit the scene here, compute its windows of about
    ``window_pixels`` pixels as further tasks, write each as it comes into the output
    (atomically: a failed window leaves no file)."""
    from dask.distributed import as_completed, worker_client

    fit = method_named(request.method).fit(request)
    with worker_client() as client:  # this task leaves its thread to the windows while it waits
        shared = client.scatter(fit)
        futures = {client.submit(window_rows, shared, row, height, pure=False): row
                   for row, height in fit.windows(window_pixels)}
        with fit.writer(request.output) as writer:
            for future, values in as_completed(futures, with_results=True):
                writer.write(values, futures.pop(future))

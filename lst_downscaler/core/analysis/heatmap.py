"""PNG heat maps of LST rasters, for reports and the demo.

Uses matplotlib's object API with the Agg canvas (no pyplot, no GUI), so it runs
headless and leaves the host application's backend alone. Large rasters are read
decimated, never whole.
"""

import argparse
import sys
from dataclasses import dataclass

import numpy as np
import rasterio
from matplotlib import colormaps
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from rasterio.enums import Resampling

from ..errors import DownscalingError

KELVIN_AT_0C = 273.15
STRETCH_PERCENTILES = (2, 98)
DPI = 150


@dataclass(frozen=True)
class Heatmap:
    """What was drawn: the PNG path, the colour range and the colour bar label."""

    path: str
    vmin: float
    vmax: float
    label: str


def render_heatmap(tif_path, png_path, title=None, celsius=True, max_size=1600):
    """Draw band 1 of ``tif_path`` as a heat map in ``png_path``.

    Band units "K" are shown in °C when ``celsius``; nodata is transparent; colours
    span the 2nd-98th percentile of valid values. The raster is read at most
    ``max_size`` pixels on its longer side.
    """
    values, extent, units, projected = _read_decimated(tif_path, max_size)
    if units == "K" and celsius:
        values, units = values - KELVIN_AT_0C, "°C"
    valid = values.compressed()
    if valid.size == 0:
        raise DownscalingError(f"{tif_path} has no valid pixel to draw: it is all nodata.")
    vmin, vmax = (float(v) for v in np.percentile(valid, STRETCH_PERCENTILES))
    if vmax <= vmin:
        vmin, vmax = vmin - 0.5, vmax + 0.5
    label = f"LST ({units})" if units else "LST"

    aspect = values.shape[0] / values.shape[1]
    size = (8, max(3.0, 7 * aspect)) if aspect <= 1 else (max(4.0, 8 / aspect + 1.5), 8)
    figure = Figure(figsize=size, dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    colour_map = colormaps["inferno"].with_extremes(bad=(0, 0, 0, 0))
    image = axes.imshow(values, cmap=colour_map, vmin=vmin, vmax=vmax, extent=extent,
                        interpolation="nearest")
    figure.colorbar(image, ax=axes, label=label, shrink=0.9)
    if extent is None:
        axes.set_axis_off()
    else:
        axes.tick_params(labelsize=7)
        axes.set_xlabel("Easting (m)" if projected else "Longitude (°)", fontsize=8)
        axes.set_ylabel("Northing (m)" if projected else "Latitude (°)", fontsize=8)
        axes.ticklabel_format(useOffset=False, style="plain")
    if title:
        axes.set_title(title)
    figure.savefig(png_path, dpi=DPI, bbox_inches="tight")
    return Heatmap(str(png_path), vmin, vmax, label)


def _read_decimated(tif_path, max_size):
    """(masked values, map extent or None, band units, projected CRS?) of band 1."""
    try:
        dataset = rasterio.open(tif_path)
    except rasterio.errors.RasterioIOError as error:
        raise DownscalingError(f"Cannot open {tif_path} as a raster: {error}") from error
    with dataset:
        scale = min(1.0, max_size / max(dataset.width, dataset.height))
        shape = (max(1, round(dataset.height * scale)), max(1, round(dataset.width * scale)))
        values = dataset.read(1, out_shape=shape, masked=True, resampling=Resampling.average)
        values = np.ma.masked_invalid(values.astype(np.float64))
        units = dataset.units[0] or dataset.tags(1).get("UNITS", "")
        georeferenced = dataset.crs is not None and not dataset.transform.is_identity
        extent = None
        if georeferenced:
            left, bottom, right, top = dataset.bounds
            extent = (left, right, bottom, top)
        return values, extent, units, bool(georeferenced and dataset.crs.is_projected)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m lst_downscaler.core.analysis.heatmap",
                                     description="Draw an LST GeoTIFF as a PNG heat map (°C).")
    parser.add_argument("tif_path")
    parser.add_argument("png_path")
    parser.add_argument("--title")
    args = parser.parse_args(argv)
    try:
        heatmap = render_heatmap(args.tif_path, args.png_path, title=args.title)
    except DownscalingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(heatmap.path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

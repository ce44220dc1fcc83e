"""Heat maps of real LST written from the Liverpool Landsat crop."""

import numpy as np
import pytest
import rasterio
from matplotlib.image import imread

from lst_downscaler.core.analysis.heatmap import main, render_heatmap
from lst_downscaler.core.sensors.landsat import LandsatScene, write_lst_kelvin

from shared_data import LIVERPOOL, MOMOTOMBO, require


def kelvin_lst(folder, tmp_path):
    path = write_lst_kelvin(LandsatScene.open(require(folder)), tmp_path / "lst_kelvin.tif")
    with rasterio.open(path) as dataset:
        values = dataset.read(1, masked=True)
    return path, values.compressed().astype(np.float64)


def test_heatmap_in_celsius(tmp_path):
    tif, kelvin = kelvin_lst(LIVERPOOL, tmp_path)
    heatmap = render_heatmap(tif, tmp_path / "lst.png", title="Liverpool, 2020-09-27")
    assert heatmap.label == "LST (°C)"
    low, high = np.percentile(kelvin - 273.15, [2, 98])
    assert heatmap.vmin == pytest.approx(low, abs=1e-3) and heatmap.vmax == pytest.approx(high, abs=1e-3)
    assert 11 < heatmap.vmin < heatmap.vmax < 22
    image = imread(tmp_path / "lst.png")
    assert 800 <= image.shape[1] <= 1600 and 300 <= image.shape[0] <= 1200
    assert image.shape[1] > image.shape[0]  # the crop is wider than tall


def test_heatmap_in_kelvin_and_decimated(tmp_path):
    tif, kelvin = kelvin_lst(MOMOTOMBO, tmp_path)
    full = render_heatmap(tif, tmp_path / "full.png", celsius=False)
    assert full.label == "LST (K)"
    assert full.vmin == pytest.approx(np.percentile(kelvin, 2), abs=1e-3)
    small = render_heatmap(tif, tmp_path / "small.png", celsius=False, max_size=100)
    # A 100-pixel wide average of the same scene: nearly the same stretch.
    assert small.vmin == pytest.approx(full.vmin, abs=2) and small.vmax == pytest.approx(full.vmax, abs=2)
    assert (tmp_path / "small.png").stat().st_size > 0


def test_heatmap_cli(tmp_path, capsys):
    tif, _ = kelvin_lst(LIVERPOOL, tmp_path)
    png = tmp_path / "cli.png"
    assert main([str(tif), str(png), "--title", "Liverpool"]) == 0
    assert capsys.readouterr().out.strip() == str(png)
    assert imread(png).ndim == 3

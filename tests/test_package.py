"""The ZIP of `make package`: what QGIS's "Install from ZIP" gets, and that it runs."""

import configparser
import os
import shutil
import subprocess
import sys
import zipfile

import numpy as np
import pytest
import rasterio

from rasters import read
from shared_data import ROOT, modis_aster

PACKAGE = ROOT / "build" / "lst_downscaler.zip"
METADATA_KEYS = {"name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "homepage",
                 "tracker", "repository", "tags", "changelog", "hasProcessingProvider", "icon", "category"}


@pytest.fixture(scope="module")
def names():
    assert PACKAGE.exists(), "build the package first: make package"
    with zipfile.ZipFile(PACKAGE) as archive:
        assert archive.testzip() is None
        return archive.namelist()


def test_one_top_folder_with_everything_the_plugin_needs(names):
    assert {name.split("/")[0] for name in names} == {"lst_downscaler"}
    files = {name for name in names if not name.endswith("/")}
    expected = {"lst_downscaler/metadata.txt", "lst_downscaler/__init__.py", "lst_downscaler/provider.py",
                "lst_downscaler/resources/icons/lst_downscaler.svg", "lst_downscaler/resources/styles/lst_heat_map.qml"}
    expected |= {f"lst_downscaler/i18n/lst_downscaler_{language}.qm" for language in ("fr", "es", "zh_CN")}
    expected |= {f"lst_downscaler/resources/models/{path.name}" for path in (ROOT / "resources" / "models").glob("*.model3")}
    expected |= {f"lst_downscaler/weights/{path.name}" for path in (ROOT / "lst_downscaler" / "weights").glob("*")}
    assert expected <= files, sorted(expected - files)


def test_no_tests_caches_or_build_scripts(names):
    for name in names:
        parts = name.split("/")
        assert "__pycache__" not in parts and not name.endswith(".pyc"), name
        assert "tests" not in parts and not parts[-1].startswith("test_"), name
        assert not (parts[1] in ("resources", "i18n") and name.endswith((".py", ".ts"))), name


def test_metadata_is_complete(names):
    with zipfile.ZipFile(PACKAGE) as archive:
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        parser.read_string(archive.read("lst_downscaler/metadata.txt").decode("utf-8"))
    general = parser["general"]
    assert METADATA_KEYS <= set(general), METADATA_KEYS - set(general)
    assert all(general[key].strip() for key in METADATA_KEYS)
    assert general["qgisMinimumVersion"] == "3.22" and general["hasProcessingProvider"] == "yes"
    assert f"lst_downscaler/{general['icon']}" in names


def test_installed_zip_runs_tsharp_with_qgis_process(names, tmp_path):
    executable = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
    if not os.path.exists(executable):
        pytest.skip("qgis_process.bin is not installed (Debian package qgis)")
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(PACKAGE) as archive:
        archive.extractall(plugins)
    site_packages = [p for p in sys.path if p.endswith("site-packages") and str(ROOT) in p]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"), PYTHONPATH=os.pathsep.join(site_packages))
    subprocess.run([executable, "plugins", "enable", "lst_downscaler"], env=env, check=True, capture_output=True)
    lst, ndvi, _ = modis_aster(0)
    output = tmp_path / "tsharp.tif"
    completed = subprocess.run([executable, "run", "lst_downscaler:tsharp", "--", f"LST={lst}", f"NDVI={ndvi}",
                                "UNITS=1", f"OUTPUT={output}"], env=env, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    celsius, _ = read(output)
    kelvin, _ = read(lst)
    with rasterio.open(output) as dataset, rasterio.open(ndvi) as grid:
        assert dataset.descriptions[0] == "LST (°C)"
        assert (dataset.crs, dataset.res) == (grid.crs, grid.res)
    assert np.nanmean(celsius) == pytest.approx(np.nanmean(kelvin) - 273.15, abs=0.5)

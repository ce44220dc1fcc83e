"""Fixtures: the provider in the test QGIS's Processing registry, and qgis_process with the plugin."""

import os
import shutil
import subprocess
import sys

import pytest

from shared_data import ROOT


@pytest.fixture(scope="session")
def provider(qgis_processing):
    from qgis.core import QgsApplication

    from lst_downscaler.provider import LstDownscalerProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("lst_downscaler")
    if provider is None:
        provider = LstDownscalerProvider()
        registry.addProvider(provider)
    yield provider


@pytest.fixture(scope="session")
def qgis_process_env(tmp_path_factory):
    """Environment for qgis_process with the plugin installed from a fresh plugin folder."""
    executable = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
    if not os.path.exists(executable):
        pytest.skip("qgis_process.bin is not installed (Debian package qgis)")
    root = tmp_path_factory.mktemp("qgis_process")
    plugin = root / "plugins" / "lst_downscaler"
    shutil.copytree(ROOT / "lst_downscaler", plugin, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "metadata.txt", plugin)
    shutil.copytree(ROOT / "resources", plugin / "resources")
    site_packages = [p for p in sys.path if p.endswith("site-packages") and str(ROOT) in p]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(root / "plugins"),
               QGIS_CUSTOM_CONFIG_PATH=str(root / "profile"),
               PYTHONPATH=os.pathsep.join(site_packages + [os.environ.get("PYTHONPATH", "")]))
    subprocess.run([executable, "plugins", "enable", "lst_downscaler"], env=env, check=True,
                   capture_output=True)
    return executable, env


@pytest.fixture(scope="module")
def one_torch_thread():
    """One PyTorch CPU thread: the small networks gain nothing from more, and shared machines lose."""
    import torch
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)

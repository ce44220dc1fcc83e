"""Fixtures: the provider registered in the Processing registry of the test QGIS."""

import pytest


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

"""lst_downscaler: downscaling of land surface temperature as QGIS Processing algorithms."""


def classFactory(iface):  # noqa: N802 (QGIS plugin entry point)
    from .plugin import LstDownscalerPlugin
    return LstDownscalerPlugin(iface)

"""Exceptions raised by the core; the Processing adapters turn them into QgsProcessingException."""


class DownscalingError(Exception):
    """Bad input or an impossible request. The message names the problem and the fix."""


class Canceled(Exception):
    """The caller asked to stop; nothing half-written is left behind."""

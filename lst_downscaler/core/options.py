"""Bounds of the core's options: declared on the field of the options dataclass that holds each
option, and checked before any work, so that the command line and the Python API refuse what
the Processing dialogs refuse with their own minimum and maximum, in one line that says what
is accepted."""

import dataclasses

from .errors import DownscalingError


def bounded(default, minimum=None, maximum=None, multiple=None, below=None):
    """A dataclass field of ``default`` whose value must be within [``minimum``, ``maximum``], a
    multiple of ``multiple`` and less than the value of the field named ``below``. None is
    always accepted: it is the options' "fitted" or "from the file"."""
    bounds = {"minimum": minimum, "maximum": maximum, "multiple": multiple, "below": below}
    return dataclasses.field(default=default,
                             metadata={key: value for key, value in bounds.items() if value is not None})


def describe_bounds(bounds):
    """What ``bounds`` (a field's metadata) accept, in words: "at least 1, a multiple of 8"."""
    minimum, maximum = bounds.get("minimum"), bounds.get("maximum")
    words = []
    if minimum is not None and maximum is not None:
        words.append(f"from {minimum} to {maximum}")
    elif minimum is not None:
        words.append(f"at least {minimum}")
    elif maximum is not None:
        words.append(f"at most {maximum}")
    if bounds.get("multiple"):
        words.append(f"a multiple of {bounds['multiple']}")
    if bounds.get("below"):
        words.append(f"less than {bounds['below']}")
    return ", ".join(words)


def out_of_bounds(value, bounds, others=None):
    """None when ``value`` is within ``bounds``, else what it should be; ``others``: the values of
    the other options by name (for ``below``)."""
    if value is None or not bounds:
        return None
    minimum, maximum, multiple = bounds.get("minimum"), bounds.get("maximum"), bounds.get("multiple")
    below = bounds.get("below")
    limit = None if below is None or others is None else others.get(below)
    if ((minimum is not None and value < minimum) or (maximum is not None and value > maximum)
            or (multiple and value % multiple) or (limit is not None and value >= limit)):
        return describe_bounds(bounds)
    return None


def check_options(options):
    """``options`` (an options dataclass) when every field is within its bounds, else a
    DownscalingError that names the first that is not and what it accepts."""
    values = dataclasses.asdict(options)
    for field in dataclasses.fields(options):
        expected = out_of_bounds(values[field.name], field.metadata, values)
        if expected:
            raise DownscalingError(f"Option {field.name}={values[field.name]} is out of range: it must be {expected}.")
    return options

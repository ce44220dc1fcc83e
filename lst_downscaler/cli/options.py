"""The command line's KEY=VALUE options, typed after the core's options dataclasses.

An option's key is the name of a field of the method's options dataclass
(``SharpeningOptions``, ``DmsOptions``, ``DeepOptions``), or one of the few call-level keys
below (``factor``, ``lst_scale``...). Its type comes from the field's annotation, so a field
added to a dataclass is an option of the command line without any change here.
"""

import dataclasses
import enum
import typing

from ..core.errors import DownscalingError
from ..core.options import describe_bounds, out_of_bounds

NONE_WORDS = ("none", "")
TRUE_WORDS = ("true", "yes", "1", "on")
FALSE_WORDS = ("false", "no", "0", "off")


@dataclasses.dataclass(frozen=True)
class Option:
    """One KEY=VALUE option: its type (bool, int, float, str or an Enum), default and meaning.

    ``optional``: the value "none" (the core's None: fitted, from metadata...) is accepted;
    ``bounds``: the range of a number (see :func:`.core.options.bounded`).
    """

    key: str
    kind: type
    default: object
    optional: bool = False
    help: str = ""
    bounds: dict = dataclasses.field(default_factory=dict, hash=False)

    def parse(self, text):
        """The typed value of ``text``, or a DownscalingError that says what is accepted."""
        word = text.strip().lower()
        if self.optional and word in NONE_WORDS:
            return None
        try:
            if issubclass(self.kind, enum.Enum):
                return next(member for member in self.kind
                            if word in (member.name.lower(), str(member.value).lower()))
            if self.kind is bool:
                if word in TRUE_WORDS + FALSE_WORDS:
                    return word in TRUE_WORDS
                raise ValueError(text)
            value = self.kind(text)
            if out_of_bounds(value, self.bounds):
                raise ValueError(text)
            return value
        except (ValueError, StopIteration):
            raise DownscalingError(
                f"Option {self.key}={text}: expected {self.expected()}. Run "
                "'python -m lst_downscaler run METHOD --help' to see every option.") from None

    def expected(self):
        """What the option accepts, in words."""
        if issubclass(self.kind, enum.Enum):
            accepted = "one of " + ", ".join(str(member.value) for member in self.kind)
        elif self.kind is bool:
            accepted = "true or false"
        else:
            accepted = {int: "an integer", float: "a number"}.get(self.kind, "a text")
            limits = describe_bounds(self.bounds)
            accepted += f" {limits}" if limits else ""
        return accepted + (" or none" if self.optional else "")

    def describe(self):
        """``key=default`` and what it accepts, for the listings."""
        default = self.default.value if isinstance(self.default, enum.Enum) else self.default
        text = f"{self.key}={'none' if default is None else default}  ({self.expected()})"
        return f"{text}  {self.help}" if self.help else text


def options_of(options_class, defaults=None):
    """The Options of the fields of an options dataclass; ``defaults``: the method's own
    defaults of some fields, written as on the command line ({"regression": "ndvi_quadratic"})."""
    defaults = defaults or {}
    hints = typing.get_type_hints(options_class)
    options = []
    for field in dataclasses.fields(options_class):
        hint = hints[field.name]
        kinds = [kind for kind in typing.get_args(hint) if kind is not type(None)]
        nullable = len(kinds) < len(typing.get_args(hint))  # Optional[X]: an X, or none
        option = Option(field.name, kinds[0] if nullable else hint, field.default,
                        optional=nullable or field.default is None, bounds=dict(field.metadata))
        if field.name in defaults:
            option = dataclasses.replace(option, default=option.parse(defaults[field.name]))
        options.append(option)
    return options


def parse_assignments(assignments, options):
    """{key: typed value} for every option: the defaults, overridden by ``KEY=VALUE`` texts."""
    by_key = {option.key: option for option in options}
    values = {option.key: option.default for option in options}
    for assignment in assignments:
        key, equals, text = assignment.partition("=")
        key = key.strip().lower()
        if not equals:
            raise DownscalingError(f"Option '{assignment}' is not KEY=VALUE: write it as e.g. detail_gain=1.")
        if key not in by_key:
            raise DownscalingError(
                f"Unknown option '{key}': this method takes {', '.join(sorted(by_key))}.")
        values[key] = by_key[key].parse(text)
    return values

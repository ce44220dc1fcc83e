"""The Landsat metadata file (``*_MTL.txt``): its groups as nested dicts, values typed."""

import re
from pathlib import Path

from ...errors import DownscalingError

_INTEGER = re.compile(r"^[+-]?\d+$")
_FLOAT = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")


def parse_mtl(path):
    """The MTL file as nested dicts, {GROUP: {SUBGROUP: {KEY: value}}}, mirroring its groups.

    Quoted values stay strings; unquoted integers and decimals become int and float.
    """
    root = {}
    stack = [root]
    text = Path(path).read_text(encoding="ascii", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip(" \t\0")
        if not line or line == "END":
            continue
        key, sep, value = (part.strip() for part in line.partition("="))
        if not sep:
            raise DownscalingError(f"{path}, line {number}: '{line[:60]}' is not KEY = VALUE: the file is "
                                   "truncated or not a Landsat *_MTL.txt file; download the scene's MTL again.")
        if key == "GROUP":
            stack[-1][value] = {}
            stack.append(stack[-1][value])
        elif key == "END_GROUP":
            if len(stack) == 1:
                raise DownscalingError(f"{path}, line {number}: END_GROUP without GROUP.")
            stack.pop()
        else:
            stack[-1][key] = _mtl_value(value)
    return root


def _mtl_value(text):
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return text[1:-1]
    if _INTEGER.match(text):
        return int(text)
    if _FLOAT.match(text):
        return float(text)
    return text


def find_group(metadata, name):
    """The group called ``name`` at any depth of parsed MTL metadata, or None."""
    for key, value in metadata.items():
        if isinstance(value, dict):
            found = value if key == name else find_group(value, name)
            if found is not None:
                return found
    return None


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)

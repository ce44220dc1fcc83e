"""The bounds of the core's options (core/options.py): a value out of range is refused before
any work, with what the option accepts."""

import importlib
import json

import pytest

from lst_downscaler.core.errors import DownscalingError
from lst_downscaler.core.io.raster import BandSource
from lst_downscaler.core.ndvi import NdviBand
from lst_downscaler.core.options import check_options
from lst_downscaler.core.sharpening.dms import DmsOptions, dms
from lst_downscaler.core.sharpening.regression import SharpeningOptions, sharpen

from shared_data import modis_aster, require

OPTIONS_CLASSES = {"SharpeningOptions": "sharpening.regression", "DmsOptions": "sharpening.dms",
                   "DeepOptions": "deep.downscale", "ProgressiveOptions": "deep.progressive",
                   "DlstfmOptions": "deep.fusion"}


def options_class(name):
    """The core's options class ``name``; the test is skipped without PyTorch for a deep one (its
    module imports PyTorch)."""
    module = OPTIONS_CLASSES[name]
    if module.startswith("deep."):
        pytest.importorskip("torch", reason="PyTorch is not installed")
    return getattr(importlib.import_module(f"lst_downscaler.core.{module}"), name)


@pytest.mark.parametrize("name", OPTIONS_CLASSES)
def test_the_defaults_are_within_their_bounds(name):
    defaults = options_class(name)()
    assert check_options(defaults) is defaults


@pytest.mark.parametrize("name, values, message", [
    ("DeepOptions", {"tile": 500}, "Option tile=500 is out of range: it must be at least 64, a multiple of 8."),
    ("DeepOptions", {"tile": 128}, "Option overlap=128 is out of range: it must be at least 0, a multiple of 8, "
                                   "less than tile."),
    ("ProgressiveOptions", {"steps": -1}, "Option steps=-1 is out of range: it must be at least 0."),
    ("SharpeningOptions", {"detail_gain": 1.5}, "Option detail_gain=1.5 is out of range: it must be from 0 to 1."),
])
def test_an_option_out_of_range_names_itself_and_what_it_accepts(name, values, message):
    with pytest.raises(DownscalingError) as refused:
        check_options(options_class(name)(**values))
    assert str(refused.value) == message


def test_the_core_refuses_them_before_writing_anything(tmp_path):
    entry = json.loads((require("modis_aster") / "index.json").read_text())[0]
    lst, ndvi = (BandSource(str(path)) for path in modis_aster(entry["id"])[:2])
    with pytest.raises(DownscalingError, match=r"^Option n_trees=0 is out of range: it must be at least 1\.$"):
        dms(lst, [NdviBand(ndvi)], tmp_path / "dms.tif", DmsOptions(n_trees=0))
    with pytest.raises(DownscalingError, match=r"^Option homogeneous_percent=0 is out of range: it must be from 1"):
        sharpen(lst, NdviBand(ndvi), tmp_path / "tsharp.tif", SharpeningOptions(homogeneous_percent=0))
    assert list(tmp_path.iterdir()) == []

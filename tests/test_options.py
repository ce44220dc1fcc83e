"""The bounds of the core's options (core/options.py): a value out of range is refused before
any work, with what the option accepts."""

import json

import pytest

from lst_downscaler.core.deep.downscale import DeepOptions
from lst_downscaler.core.deep.fusion import DlstfmOptions
from lst_downscaler.core.deep.progressive import ProgressiveOptions
from lst_downscaler.core.errors import DownscalingError
from lst_downscaler.core.io.raster import BandSource
from lst_downscaler.core.ndvi import NdviBand
from lst_downscaler.core.options import check_options
from lst_downscaler.core.sharpening.dms import DmsOptions, dms
from lst_downscaler.core.sharpening.regression import SharpeningOptions, sharpen

from shared_data import modis_aster, require


@pytest.mark.parametrize("options_class", [SharpeningOptions, DmsOptions, DeepOptions, ProgressiveOptions,
                                           DlstfmOptions])
def test_the_defaults_are_within_their_bounds(options_class):
    defaults = options_class()
    assert check_options(defaults) is defaults


@pytest.mark.parametrize("options, message", [
    (DeepOptions(tile=500), "Option tile=500 is out of range: it must be at least 64, a multiple of 8."),
    (DeepOptions(tile=128), "Option overlap=128 is out of range: it must be at least 0, a multiple of 8, less than "
                            "tile."),
    (ProgressiveOptions(steps=-1), "Option steps=-1 is out of range: it must be at least 0."),
    (SharpeningOptions(detail_gain=1.5), "Option detail_gain=1.5 is out of range: it must be from 0 to 1."),
])
def test_an_option_out_of_range_names_itself_and_what_it_accepts(options, message):
    with pytest.raises(DownscalingError) as refused:
        check_options(options)
    assert str(refused.value) == message


def test_the_core_refuses_them_before_writing_anything(tmp_path):
    entry = json.loads((require("modis_aster") / "index.json").read_text())[0]
    lst, ndvi = (BandSource(str(path)) for path in modis_aster(entry["id"])[:2])
    with pytest.raises(DownscalingError, match=r"^Option n_trees=0 is out of range: it must be at least 1\.$"):
        dms(lst, [NdviBand(ndvi)], tmp_path / "dms.tif", DmsOptions(n_trees=0))
    with pytest.raises(DownscalingError, match=r"^Option homogeneous_percent=0 is out of range: it must be from 1"):
        sharpen(lst, NdviBand(ndvi), tmp_path / "tsharp.tif", SharpeningOptions(homogeneous_percent=0))
    assert list(tmp_path.iterdir()) == []

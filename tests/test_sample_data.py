"""The sample-data cache, pre-filled from the archives in ../shared/data (no network)."""

import hashlib
import io
import tarfile

import pytest

from lst_downscaler.core.errors import DownscalingError
from lst_downscaler.core.io import sample_data
from lst_downscaler.core.sensors.landsat import LandsatScene

from shared_data import require

LIVERPOOL_SHA256 = "e787ea58df1e4754533c232ceb904a4076cba54878fe61286a41b2f38a09126d"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache, and downloads that fail at once (nothing listens on port 9)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("LST_DOWNSCALER_CACHE", str(folder))
    monkeypatch.setattr(sample_data, "BASE_URL", "http://127.0.0.1:9/")
    return folder


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_registry_points_at_the_pinned_xlandsat_commit():
    liverpool = sample_data.SAMPLES["liverpool"]
    assert liverpool.sha256 == LIVERPOOL_SHA256
    assert liverpool.url == ("https://raw.githubusercontent.com/compgeolab/xlandsat/"
                             "20c25691d4e30d026a90e0a64d9f2e087634b3dc/data/"
                             "LC08_L2SP_204023_20200927_20201006_02_T1-cropped.tar.gz")


def test_prefill_then_fetch_from_cache(cache):
    cached = sample_data.prefill_cache(require("landsat", "original"))
    assert sorted(path.name for path in cached) == sorted(s.filename for s in sample_data.SAMPLES.values())
    path = sample_data.fetch("liverpool")
    assert path == cache / sample_data.SAMPLES["liverpool"].filename
    assert sha256(path) == LIVERPOOL_SHA256


def test_corrupted_cache_without_network_names_the_cache_path(cache):
    sample_data.prefill_cache(require("landsat", "original"))
    path = cache / sample_data.SAMPLES["liverpool"].filename
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(DownscalingError) as raised:
        sample_data.fetch("liverpool")
    message = str(raised.value)
    assert str(path) in message and "corrupted" in message and "could not be downloaded" in message
    assert sorted(p.name for p in cache.iterdir()) == sorted(s.filename for s in sample_data.SAMPLES.values())


def test_missing_cache_without_network(cache):
    with pytest.raises(DownscalingError, match="copy the archive to"):
        sample_data.fetch("momotombo")


def test_unknown_sample_name(cache):
    with pytest.raises(DownscalingError, match="liverpool, momotombo"):
        sample_data.fetch("manaus")


def test_prefill_refuses_a_folder_without_archives(cache, tmp_path):
    with pytest.raises(DownscalingError, match="No sample archive"):
        sample_data.prefill_cache(tmp_path)


def test_extract_opens_as_a_scene(cache, tmp_path):
    sample_data.prefill_cache(require("landsat", "original"))
    folder = sample_data.extract("momotombo", tmp_path / "momotombo")
    scene = LandsatScene.open(folder)
    assert scene.spacecraft_id == "LANDSAT_8"
    assert sorted(scene.bands) == ["SR_B2", "SR_B3", "SR_B4", "SR_B5", "SR_B6", "SR_B7", "ST_B10"]


@pytest.mark.parametrize("member", ["../escape.txt", "/tmp/absolute.txt"])
def test_extract_refuses_unsafe_members(tmp_path, member):
    archive = tmp_path / "evil.tar"
    with tarfile.open(archive, "w") as tar:
        info = tarfile.TarInfo(member)
        info.size = 1
        tar.addfile(info, io.BytesIO(b"x"))
    with pytest.raises(DownscalingError, match="unsafe member"):
        sample_data.extract_archive(archive, tmp_path / "out")
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path / "out").exists()


def test_cli_prefill(cache, capsys):
    folder = require("landsat", "original")
    assert sample_data.main(["prefill", str(folder)]) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == 2 and all(line.startswith(str(cache)) for line in printed)

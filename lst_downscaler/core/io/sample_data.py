"""Sample Landsat scenes for the demo, fetched from their public source into a local cache.

The archives are the cropped Landsat 8 Level-2 scenes published with xlandsat
(CC0), pinned to one commit of its repository and checked by sha256. Machines
without internet access can pre-fill the cache from a folder that holds them::

    python -m lst_downscaler.core.io.sample_data prefill FOLDER
    python -m lst_downscaler.core.io.sample_data extract liverpool DEST
"""

import argparse
import hashlib
import http.client
import os
import shutil
import sys
import tarfile
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import DownscalingError

XLANDSAT_COMMIT = "20c25691d4e30d026a90e0a64d9f2e087634b3dc"
BASE_URL = f"https://raw.githubusercontent.com/compgeolab/xlandsat/{XLANDSAT_COMMIT}/data/"
DOWNLOAD_TIMEOUT_S = 30


@dataclass(frozen=True)
class SampleArchive:
    name: str
    filename: str
    sha256: str
    description: str

    @property
    def url(self):
        return BASE_URL + self.filename


SAMPLES = {sample.name: sample for sample in (
    SampleArchive(
        "liverpool", "LC08_L2SP_204023_20200927_20201006_02_T1-cropped.tar.gz",
        "e787ea58df1e4754533c232ceb904a4076cba54878fe61286a41b2f38a09126d",
        "Landsat 8 Level-2, Liverpool (UK), 2020-09-27, 433 x 267 px at 30 m"),
    SampleArchive(
        "momotombo", "LC08_L2SP_017051_20151205_20200908_02_T1-cropped.tar.gz",
        "76a0a17dce0531e5dd93371e222f288defbd9109c791f47aefed18c13a8ce06e",
        "Landsat 8 Level-2, Momotombo volcano (Nicaragua), 2015-12-05, 467 x 333 px at 30 m"),
)}


def cache_dir():
    """``$LST_DOWNSCALER_CACHE``, or ``~/.cache/lst_downscaler``."""
    return Path(os.environ.get("LST_DOWNSCALER_CACHE") or Path.home() / ".cache" / "lst_downscaler")


def sample_archive(name):
    if name not in SAMPLES:
        raise DownscalingError(f"Unknown sample data '{name}': choose one of {', '.join(SAMPLES)}.")
    return SAMPLES[name]


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch(name):
    """Path of the sample archive ``name`` in the cache, downloading it when missing or corrupted."""
    archive = sample_archive(name)
    cached = cache_dir() / archive.filename
    state = "missing"
    if cached.exists():
        if sha256_of(cached) == archive.sha256:
            return cached
        state = "corrupted (sha256 mismatch)"
    try:
        _store(cached, lambda partial: download(archive.url, partial), archive.sha256)
    except (OSError, ValueError, http.client.HTTPException) as error:
        raise DownscalingError(
            f"The sample data {archive.filename} could not be downloaded from {archive.url} ({error}); "
            f"the cached copy {cached} is {state}. Without internet access, copy the archive to "
            f"{cached} (or run 'python -m lst_downscaler.core.io.sample_data prefill FOLDER' on a "
            "folder that holds it) and try again.") from error
    return cached


def download(url, destination):
    with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT_S) as response, open(destination, "wb") as file:
        shutil.copyfileobj(response, file)


def _store(path, write, sha256):
    """Write ``path`` via ``write(partial_path)``, keeping it only if its sha256 matches."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
    try:
        write(partial)
        actual = sha256_of(partial)
        if actual != sha256:
            raise ValueError(f"sha256 mismatch: got {actual}, expected {sha256}")
        os.replace(partial, path)
    finally:
        if partial.exists():
            partial.unlink()


def prefill_cache(folder):
    """Copy the sample archives found in ``folder`` into the cache; returns their cached paths."""
    folder = Path(folder)
    cached = []
    for archive in SAMPLES.values():
        source = folder / archive.filename
        if not source.is_file():
            continue
        target = cache_dir() / archive.filename
        if not (target.exists() and sha256_of(target) == archive.sha256):
            try:
                _store(target, lambda partial: shutil.copyfile(source, partial), archive.sha256)
            except ValueError as error:
                raise DownscalingError(
                    f"{source} is not the published sample archive ({error}): "
                    f"replace it with a fresh copy from {archive.url}.") from error
        cached.append(target)
    if not cached:
        raise DownscalingError(
            f"No sample archive in {folder}: expected one of {', '.join(a.filename for a in SAMPLES.values())}.")
    return cached


def extract(name, destination):
    """Extract the sample archive ``name`` (fetched if needed) into ``destination``."""
    return extract_archive(fetch(name), destination)


def extract_archive(archive, destination):
    """Extract the regular files and folders of a tar archive into ``destination``.

    Absolute paths, ``..`` and links are refused, so that a member cannot land outside
    ``destination``.
    """
    destination = Path(destination)
    with tarfile.open(archive) as tar:
        members = tar.getmembers()
        for member in members:
            parts = PurePosixPath(member.name).parts
            if member.name.startswith(("/", "\\")) or ".." in parts or not (member.isfile() or member.isdir()):
                raise DownscalingError(
                    f"{archive} holds an unsafe member '{member.name}' (absolute path, '..' or link): "
                    "it was not extracted; use the archive from the official source.")
        for member in members:
            target = destination.joinpath(*PurePosixPath(member.name).parts)
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(member) as source, open(target, "wb") as file:
                shutil.copyfileobj(source, file)
    return destination


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m lst_downscaler.core.io.sample_data", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    prefill = commands.add_parser("prefill", help="copy sample archives from a folder into the cache")
    prefill.add_argument("folder")
    unpack = commands.add_parser("extract", help="extract a sample archive (fetched if needed)")
    unpack.add_argument("name", choices=sorted(SAMPLES))
    unpack.add_argument("destination")
    args = parser.parse_args(argv)
    try:
        if args.command == "prefill":
            for path in prefill_cache(args.folder):
                print(path)
        else:
            print(extract(args.name, args.destination))
    except DownscalingError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

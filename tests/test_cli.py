"""The command line (python -m lst_downscaler): same outputs as processing.run, batches on Dask,
failed scenes, missing Dask, bad options; run in a Python where QGIS cannot be imported."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest
import rasterio

from lst_downscaler.cli.batch import read_manifest
from lst_downscaler.cli.main import main
from lst_downscaler.cli.methods import METHODS, method_named
from lst_downscaler.cli.split import split_pixels

from shared_data import ROOT, modis_aster, require

PAIRS = 4


@pytest.fixture(scope="module")
def no_qgis(tmp_path_factory):
    """A folder to put first on PYTHONPATH: its 'qgis' package fails to import."""
    folder = tmp_path_factory.mktemp("no_qgis")
    (folder / "qgis").mkdir()
    (folder / "qgis" / "__init__.py").write_text("raise ImportError('the command line imported qgis')\n")
    return folder


def cli(no_qgis, *arguments):
    """``python -m lst_downscaler ARGUMENTS`` in a Python where importing qgis fails."""
    environment = dict(os.environ, PYTHONPATH=os.pathsep.join([str(no_qgis), str(ROOT)]), OMP_NUM_THREADS="1")
    return subprocess.run([sys.executable, "-m", "lst_downscaler", *map(str, arguments)], cwd=ROOT,
                          env=environment, capture_output=True, text=True, timeout=300)


def pairs(count):
    """(LST, NDVI) paths of the first ``count`` MODIS/ASTER pairs."""
    index = json.loads((require("modis_aster") / "index.json").read_text())
    return [tuple(str(path) for path in modis_aster(entry["id"])[:2]) for entry in index[:count]]


def processing_output(algorithm, lst, ndvi, output):
    import processing
    grid = "GRID" if algorithm == "bicubic" else "NDVI"
    return processing.run(f"lst_downscaler:{algorithm}", {"LST": lst, grid: ndvi, "OUTPUT": str(output)})["OUTPUT"]


def assert_same_raster(path, reference):
    """Same grid, same nodata pixels, values within 1e-6 K."""
    with rasterio.open(path) as a, rasterio.open(reference) as b:
        assert (a.crs, a.transform, a.shape) == (b.crs, b.transform, b.shape)
        values, expected = a.read(1, masked=True), b.read(1, masked=True)
    assert np.array_equal(values.mask, expected.mask)
    assert values.count() > 1000
    assert np.abs(values - expected).max() <= 1e-6


def write_manifest(path, rows):
    path.write_text("lst,ndvi,output\n" + "".join(f"{lst},{ndvi},{output}\n" for lst, ndvi, output in rows))
    return path


def test_every_method_is_a_processing_downscaling_algorithm(provider):
    downscaling = {a.name() for a in provider.algorithms() if a.groupId() == "downscaling"}
    assert {method.name for method in METHODS} <= downscaling


@pytest.mark.parametrize("algorithm", ["tsharp", "bicubic", "dms", "sif_cnn_sr2"])
def test_run_equals_processing_run(provider, no_qgis, tmp_path, algorithm):
    method = next(m for m in METHODS if m.name == algorithm)
    if method.missing_requirement():
        pytest.skip(method.missing_requirement())
    lst, ndvi = pairs(1)[0]
    output = tmp_path / "cli.tif"
    finished = cli(no_qgis, "run", algorithm, "--lst", lst, "--ndvi", ndvi, "--output", output)
    assert finished.returncode == 0, finished.stderr
    assert_same_raster(output, processing_output(algorithm, lst, ndvi, tmp_path / "processing.tif"))


def test_batch_on_two_dask_workers_equals_processing_run(provider, no_qgis, tmp_path):
    scenes = [(lst, ndvi, tmp_path / f"cli_{n}.tif") for n, (lst, ndvi) in enumerate(pairs(PAIRS))]
    manifest = write_manifest(tmp_path / "scenes.csv", scenes)
    finished = cli(no_qgis, "batch", "tsharp", manifest, "--workers", 2)
    assert finished.returncode == 0, finished.stderr
    assert f"{PAIRS}/{PAIRS} scenes done" in finished.stderr
    assert f"{PAIRS} of {PAIRS} scenes written, 0 failed" in finished.stderr
    for n, (lst, ndvi, output) in enumerate(scenes):
        assert_same_raster(output, processing_output("tsharp", lst, ndvi, tmp_path / f"processing_{n}.tif"))


@pytest.mark.parametrize("algorithm", ["tsharp", "distrad", "dms"])
def test_scene_split_into_windows_equals_the_whole_scene(provider, no_qgis, tmp_path, algorithm):
    """The 256 x 257 output pixels in windows of about 10000 pixels, stitched."""
    (lst, ndvi), = pairs(1)
    manifest = write_manifest(tmp_path / "scenes.csv", [(lst, ndvi, "split.tif")])
    finished = cli(no_qgis, "batch", algorithm, manifest, "--workers", 2, "--split-pixels", 10000)
    assert finished.returncode == 0, finished.stderr
    assert "row 2: 65792 output pixels, split into windows of about 10000" in finished.stderr
    whole = processing_output(algorithm, lst, ndvi, tmp_path / "processing.tif")
    assert_same_raster(tmp_path / "split.tif", whole)
    with rasterio.open(tmp_path / "split.tif") as split, rasterio.open(whole) as reference:
        assert split.tags() == reference.tags()


@pytest.mark.parametrize("algorithm", ["sif_cnn_sr2", "srda_net"])
def test_deep_scene_split_into_windows_equals_the_whole_scene(no_qgis, tmp_path, algorithm):
    """Tiles of 128 rows every 96: windows of 96 rows (the tile step), each running the two or
    three rows of tiles that cover it, give the whole run's output (SRDA-Net: its 500 m step in
    the fit, its 250 m step by windows)."""
    method = next(m for m in METHODS if m.name == algorithm)
    if method.missing_requirement():
        pytest.skip(method.missing_requirement())
    (lst, ndvi), = pairs(1)
    tiles = ["--option", "tile=128", "--option", "overlap=32"]
    manifest = write_manifest(tmp_path / "scenes.csv", [(lst, ndvi, "split.tif")])
    finished = cli(no_qgis, "batch", algorithm, manifest, "--workers", 2, "--split-pixels", 10000, *tiles)
    assert finished.returncode == 0, finished.stderr
    assert "split into windows of about 10000" in finished.stderr
    whole = cli(no_qgis, "run", algorithm, "--lst", lst, "--ndvi", ndvi, "--output", tmp_path / "whole.tif", *tiles)
    assert whole.returncode == 0, whole.stderr
    assert_same_raster(tmp_path / "split.tif", tmp_path / "whole.tif")


def test_batch_reports_a_failed_scene_and_writes_the_others(no_qgis, tmp_path):
    (lst, ndvi), (lst2, ndvi2) = pairs(2)
    missing = tmp_path / "missing_lst.tif"
    manifest = write_manifest(tmp_path / "scenes.csv", [
        (lst, ndvi, "first.tif"), (missing, ndvi, "failed.tif"), (lst2, ndvi2, "second.tif")])
    finished = cli(no_qgis, "batch", "tsharp", manifest, "--workers", 1)
    assert finished.returncode == 1, finished.stderr
    assert "Summary: 2 of 3 scenes written, 1 failed." in finished.stderr
    assert f"row 3 ({tmp_path / 'failed.tif'}): Cannot open {missing}" in finished.stderr
    assert "Traceback" not in finished.stderr
    assert (tmp_path / "first.tif").exists() and (tmp_path / "second.tif").exists()
    assert sorted(path.name for path in tmp_path.iterdir() if path.suffix == ".tif") == ["first.tif", "second.tif"]


def test_batch_without_dask_says_how_to_install_it_and_run_still_works(monkeypatch, capsys, tmp_path):
    for module in ("dask", "dask.distributed", "distributed"):
        monkeypatch.setitem(sys.modules, module, None)  # import fails
    (lst, ndvi), = pairs(1)
    manifest = write_manifest(tmp_path / "scenes.csv", [(lst, ndvi, "batch.tif")])
    assert main(["batch", "tsharp", str(manifest)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("error: The batch command runs on Dask, which is not installed")
    assert "apt install python3-distributed" in error and "pip install \"dask[distributed]\"" in error
    assert not (tmp_path / "batch.tif").exists()
    assert main(["run", "tsharp", "--lst", lst, "--ndvi", ndvi, "--output", str(tmp_path / "run.tif")]) == 0
    assert (tmp_path / "run.tif").exists()


@pytest.mark.parametrize("option, message", [
    ("bogus=1", "error: Unknown option 'bogus': this method takes celsius, cold_outlier_sigma, detail_gain"),
    ("detail_gain=strong", "error: Option detail_gain=strong: expected a number from 0 to 1 or none."),
    ("homogeneous_percent=-5", "error: Option homogeneous_percent=-5: expected a number from 1 to 100."),
    ("lst_band=0", "error: Option lst_band=0: expected an integer at least 1."),
    ("residual=wavy", "error: Option residual=wavy: expected one of none, block, smooth, cubic."),
    ("detail_gain", "error: Option 'detail_gain' is not KEY=VALUE"),
])
def test_bad_option_is_one_clear_line_and_writes_nothing(capsys, tmp_path, option, message):
    (lst, ndvi), = pairs(1)
    output = tmp_path / "out.tif"
    assert main(["run", "tsharp", "--lst", lst, "--ndvi", ndvi, "--output", str(output), "--option", option]) == 2
    error = capsys.readouterr().err
    assert error.startswith(message) and error.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_option_changes_the_result(tmp_path):
    (lst, ndvi), = pairs(1)
    default, classic = tmp_path / "default.tif", tmp_path / "classic.tif"
    assert main(["run", "tsharp", "--lst", lst, "--ndvi", ndvi, "--output", str(default)]) == 0
    assert main(["run", "tsharp", "--lst", lst, "--ndvi", ndvi, "--output", str(classic),
                 "-o", "detail_gain=1", "-o", "residual=block"]) == 0
    with rasterio.open(default) as a, rasterio.open(classic) as b:
        assert b.tags()["RESIDUAL"] == "block" and b.tags()["DETAIL_GAIN"] == "1.0000"
        assert np.abs(a.read(1) - b.read(1)).max() > 0.1


@pytest.mark.parametrize("options, message", [
    (["tile=500"], "error: Option tile=500: expected an integer at least 64, a multiple of 8."),
    (["tile=128"], "error: Option overlap=128 is out of range: it must be at least 0, a multiple of 8, less than "
                   "tile."),
    (["batch=0"], "error: Option batch=0: expected an integer at least 1."),
])
def test_deep_options_out_of_range_are_refused_before_any_work(capsys, tmp_path, options, message):
    pytest.importorskip("torch", reason="PyTorch is not installed")  # without it, the CLI asks for it first
    (lst, ndvi), = pairs(1)
    arguments = [part for option in options for part in ("--option", option)]
    output = tmp_path / "out.tif"
    assert main(["run", "sc_unet", "--lst", lst, "--ndvi", ndvi, "--output", str(output), *arguments]) == 2
    error = capsys.readouterr().err
    assert error.startswith(message) and error.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_none_turns_off_an_option_whose_default_is_a_number():
    assert method_named("tsharp").parsed_options(["water_ndvi=none"])["water_ndvi"] is None
    assert method_named("tsharp").parsed_options()["water_ndvi"] == 0.0


def test_manifest_rows_that_cannot_run_fail_alone_with_their_line_numbers(tmp_path):
    (lst, ndvi), (lst2, ndvi2) = pairs(2)
    (tmp_path / "scenes.csv").write_text(
        "lst,ndvi,output\n"
        f"{lst},{ndvi},a.tif\n"
        "\n"                                  # a blank line: skipped, and counted
        f"{lst2},{ndvi2},b.tif,\n"            # a comma too many
        f"{lst2},{ndvi2},a.tif\n"             # the output of line 2
        f"{lst2},{ndvi2},{lst}\n"             # an input of line 2
        f"{lst2},{ndvi2},c.tif\n")
    method = method_named("tsharp")
    scenes = read_manifest(tmp_path / "scenes.csv", method, method.parsed_options())
    assert [(scene.row, scene.error) for scene in scenes] == [
        (2, None),
        (4, "4 fields for the header's 3: remove the extra ones (a comma at the end of the line?)."),
        (5, "row 2 writes the same output: give each row its own."),
        (6, "its output is an input of row 2: give it another name."),
        (7, None)]


def test_a_manifest_that_is_not_utf8_csv_is_one_clear_line(capsys, tmp_path):
    manifest = tmp_path / "scenes.csv"
    manifest.write_bytes("lst,ndvi,output\ndonnée/a.tif,b.tif,c.tif\n".encode("latin-1"))
    assert main(["batch", "tsharp", str(manifest)]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"error: The manifest {manifest} is not a CSV file in UTF-8") and error.count("\n") == 1


def test_batch_refuses_no_workers_and_negative_split_sizes(capsys, tmp_path):
    for arguments in (["--workers", "0"], ["--split-pixels", "-1"]):
        with pytest.raises(SystemExit) as exited:
            main(["batch", "tsharp", str(tmp_path / "scenes.csv"), *arguments])
        assert exited.value.code == 2
        assert "expected an integer of at least" in capsys.readouterr().err


def test_run_help_without_a_method_and_inputs_without_a_flag(capsys):
    assert main(["run", "--help"]) == 0
    assert "--lst LST" in capsys.readouterr().out
    pytest.importorskip("torch", reason="PyTorch is not installed")  # without it, the CLI asks for it first
    assert main(["run", "progressive_landsat", "--lst", "lst.tif", "--output", "out.tif"]) == 2
    error = capsys.readouterr().err
    assert "give --input reflectance=PATH" in error and "--reflectance" not in error


def test_the_split_counts_the_output_pixels_not_the_ndvi_pixels():
    (lst, ndvi), = pairs(1)
    method = method_named("tsharp")
    with rasterio.open(ndvi) as dataset:
        ndvi_pixels, resolution = dataset.width * dataset.height, dataset.res[0]
    request = method.request({"lst": lst, "ndvi": ndvi}, "out.tif")
    finer = method.request({"lst": lst, "ndvi": ndvi}, "out.tif", [f"target_res={resolution / 2}"])
    output_pixels = split_pixels(request, 1)  # the NDVI's grid snapped onto the LST's: one row more
    assert output_pixels == pytest.approx(ndvi_pixels, rel=0.01)
    assert split_pixels(request, output_pixels) is None
    assert split_pixels(finer, output_pixels) == pytest.approx(4 * output_pixels, rel=0.01)

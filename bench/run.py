"""The whole evaluation bench (`make bench`): accuracy, settings sweep, speed and memory.

Writes bench/results/README.md (every table, the command, date and machine), one
Markdown/JSON file per section and the PNG figures, and prints the tables at the end.
``--quick`` runs 3 MODIS pairs and the 1000² and 2000² scenes into build/bench-quick
(the committed results are left alone). Exits 0 with a message when the real data
(../shared/data) are absent.

    .venv/bin/python bench/run.py [--data ../shared/data] [--out bench/results] [--quick]
"""

import argparse
import datetime
import os
import subprocess
import sys
import time
from pathlib import Path

import accuracy
import batch_speed
import ceiling
import deep_speed
import fusion
import fusion_speed
import progressive_speed
import settings_sweep
import speed
from common import DEFAULT_DATA, DEFAULT_OUT, LANDSAT_SCENES, QUICK_OUT, ROOT, machine, plural


def data_present(data):
    needed = [data / "modis_aster" / "index.json"] + [data / scene for scene in LANDSAT_SCENES.values()]
    missing = [path for path in needed if not path.exists()]
    if missing:
        print(f"bench skipped: the real data are absent ({', '.join(map(str, missing))}); "
              "put ../shared/data beside the clone (see its README) or pass --data.")
    return not missing


def commit():
    try:
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
        return head + (" with uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def summary():
    """Markdown: each method's mean RMSE (and ratio to bicubic) per dataset, and its largest-scene cost."""
    datasets = accuracy.SUMMARY
    methods = {}
    for entry in datasets.values():
        methods.update(entry["methods"])
    if not methods:
        return ""
    sizes = speed.SUMMARY.get("sizes") or []
    largest = max(sizes) if sizes else None
    header = ["method"] + [f"{entry['title']} ({entry['count']} {plural(entry['unit'])}): RMSE K (× bicubic)"
                           for entry in datasets.values()]
    if largest:
        header.append(f"{largest}²: wall s / peak RSS MB")
    lines = ["## Summary\n", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name in methods:
        cells = [f"`{name}`"]
        for entry in datasets.values():
            value = entry["rmse"].get(name)
            cells.append("n/a" if value is None else
                         f"{value[0]:.3f} ({value[1]:.3f})" if value[1] is not None else f"{value[0]:.3f}")
        if largest:
            row = next((r for r in speed.SUMMARY["rows"] if r["size"] == largest and r["method"] == name), None)
            cells.append("n/a" if row is None or row["error"] else f"{row['wall_s']:.0f} / {row['rss_mb']:.0f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


#: The file each section writes, from which a skipped section is taken over.
SECTION_FILES = {"ceiling": "modis_aster_ceiling.md", "speed": "speed.md", "batch": "batch_speed.md", "deep": "deep_speed.md",
                 "progressive": "progressive_speed.md",
                 "sweep": "modis_aster_settings.md", "fusion": "fusion.md", "fusion_speed": "fusion_speed.md"}


def previous_section(out, name):
    """A section skipped by ``--skip``: its file from the previous run, marked as such."""
    path = out / SECTION_FILES[name]
    if not path.exists():
        return ""
    text = path.read_text().strip()
    if text.startswith("# "):  # some section files title themselves as documents: a section here
        text = "#" + text
    return (text + f"\n\n_Not run again by this command (`--skip {name}`): the section as "
            "the previous run wrote it._\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--quick", action="store_true",
                        help="3 MODIS pairs, scenes of 1000² and 2000² only, into build/bench-quick")
    parser.add_argument("--skip", nargs="*", default=[], choices=["accuracy", "ceiling", "sweep", "speed", "batch", "deep", "progressive", "fusion",
                                 "fusion_speed"])
    args = parser.parse_args(argv)
    if not data_present(args.data):
        return 0
    out = args.out or (QUICK_OUT if args.quick else DEFAULT_OUT)
    out.mkdir(parents=True, exist_ok=True)
    revision = commit()  # before the sections rewrite their result files, which git tracks
    start = time.perf_counter()
    started = datetime.datetime.now(datetime.timezone.utc)

    sections = []
    if "accuracy" not in args.skip:
        sections += list(accuracy.run(args.data, out, args.quick).values())
    runs = {"ceiling": ceiling.run, "speed": speed.run, "batch": batch_speed.run, "deep": deep_speed.run, "progressive": progressive_speed.run,
            "sweep": settings_sweep.run, "fusion": fusion.run, "fusion_speed": fusion_speed.run}
    for name, run in runs.items():
        sections.append(previous_section(out, name) if name in args.skip else run(args.data, out, args.quick))
    if (out / "gpu.md").exists():
        sections.append((out / "gpu.md").read_text().strip() + "\n\n_Written by `make bench-gpu` on a machine with "
                        "an NVIDIA GPU, not by this command._\n")

    minutes = (time.perf_counter() - start) / 60
    command = "bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    if os.environ.get("MAKELEVEL"):
        command = f"make bench{' BENCH_ARGS=' + os.environ['BENCH_ARGS'] if os.environ.get('BENCH_ARGS') else ''}`, " \
                  f"i.e. `.venv/bin/python {command}"
    header = [
        "# Evaluation bench results\n",
        *(["**Quick run (`--quick`): 3 MODIS pairs and small scenes only; not the reference "
           "results.**\n"] if args.quick else []),
        f"- Command: `{command}`; {minutes:.1f} min in all.",
        f"- Date: {started:%Y-%m-%d %H:%M} UTC; commit {revision}.",
        f"- Machine: {machine()}.",
        "- Methods: every algorithm of the `lst_downscaler` Processing provider whose group id is "
        "`downscaling`, run through `processing.run` with LST, NDVI and OUTPUT (a required raster "
        "parameter other than these, such as bicubic's GRID, gets the NDVI layer; progressive "
        "self-training, which needs a 6-band reflectance layer, runs in the Landsat loop only); bicubic is the "
        "baseline. Metrics from `lst_downscaler/core/evaluation/metrics.py`, aggregation from "
        "`lst_downscaler/core/evaluation/aggregate.py`.\n",
        "Sections: MODIS/ASTER (independent sensor), the ceiling of NDVI-driven detail against ASTER, Landsat closed loop, MODIS closed loops, "
        "speed and memory, the command line's batch throughput on Dask, the deep models on a full MODIS tile, progressive self-training against the "
        "scene size, the TsHARP/DisTrad settings "
        "sweep behind the defaults, spatiotemporal fusion (STARFM, ESTARFM, DLSTFM) and its speed and memory "
        "against the scene size. Each "
        "section is also in its own file here (`*.md`, per-pair numbers in `*.json`).\n",
    ]
    text = ("\n".join(header) + "\n" + summary() + "\n"
            + "\n\n".join(section.strip() + "\n" for section in sections if section))
    (out / "README.md").write_text(text)
    print("\n" + text)
    print(f"bench: wrote {out}/README.md in {minutes:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())

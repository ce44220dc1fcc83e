"""``python -m lst_downscaler``: the arguments of the commands methods, run and batch.

Exit status: 0 done; 1 some scenes of a batch failed (listed in its summary); 2 bad input,
a bad option or a missing package, with a one-line message that says what to fix.
"""

import argparse
import sys
import warnings

from ..core.errors import DownscalingError
from ..core.guards import InputWarning
from .methods import METHODS, method_named
from .run import execute, failure_message

USAGE_ERROR = 2
#: About 6000 x 6000 output pixels: what a worker holds comfortably (a window's float32 rows and
#: its NDVI, about 150 MB each, beside the coarse fit).
DEFAULT_SPLIT_PIXELS = 36_000_000
METHOD_HELP = "a method of 'python -m lst_downscaler methods'"


def counting(least):
    """An argparse type: an integer of at least ``least``."""
    def count(text):
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or value < least:
            raise argparse.ArgumentTypeError(f"expected an integer of at least {least}, not {text!r}")
        return value
    return count


def parser():
    main = argparse.ArgumentParser(
        prog="python -m lst_downscaler",
        description="Downscale land surface temperature without QGIS: one scene (run) or many on Dask (batch).")
    commands = main.add_subparsers(dest="command", required=True)
    commands.add_parser("methods", help="list the methods, their inputs and options")

    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--option", "-o", action="append", default=[], metavar="KEY=VALUE",
                         help="a method option (repeatable); 'run METHOD --help' lists them")

    run = commands.add_parser("run", parents=[options], help="downscale one scene", add_help=False)
    # optional here, so that 'run --help' alone prints this command's help
    run.add_argument("method", metavar="METHOD", nargs="?", help=METHOD_HELP)
    run.add_argument("--help", "-h", action="store_true", help="the method's inputs and options")
    run.add_argument("--lst", help="coarse LST file")
    run.add_argument("--ndvi", help="fine NDVI file (defines the output grid)")
    run.add_argument("--input", "-i", action="append", default=[], metavar="KEY=PATH",
                     help="another input of the method, e.g. predictors=dem.tif;albedo.tif")
    run.add_argument("--output", help="output GeoTIFF")
    run.set_defaults(usage=run.format_help)

    batch = commands.add_parser("batch", parents=[options], help="downscale the scenes of a manifest on Dask")
    batch.add_argument("method", metavar="METHOD", help=METHOD_HELP)
    batch.add_argument("manifest", metavar="MANIFEST.csv",
                       help="one row per scene: columns output and the method's inputs (lst, ndvi...)")
    where = batch.add_mutually_exclusive_group()
    where.add_argument("--workers", type=counting(1), default=2, help="local Dask worker processes (default 2)")
    where.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler, e.g. tcp://host:8786")
    batch.add_argument("--split-pixels", type=counting(0), default=DEFAULT_SPLIT_PIXELS, metavar="N",
                       help="split a scene of more output pixels than N into windows of about N pixels, each a "
                            f"task ({', '.join(m.name for m in METHODS if m.fit)}; 0: never; default {DEFAULT_SPLIT_PIXELS})")
    return main


def describe(method):
    """The method's inputs and options, for 'methods' and 'run METHOD --help'."""
    lines = [f"{method.name}: {method.summary}", "  inputs:"]
    lines += [f"    {spec.key}{' (optional)' if not spec.required else ''}"
              f"{'; several, separated by ;' if spec.several else ''}: {spec.help}" for spec in method.inputs]
    missing = method.missing_requirement()
    if missing:
        return "\n".join(lines + [f"  options: unavailable. {missing}"])
    lines += ["  options (--option KEY=VALUE):"] + [f"    {option.describe()}" for option in method.options()]
    return "\n".join(lines)


def scene_inputs(arguments):
    inputs = {"lst": arguments.lst, "ndvi": arguments.ndvi}
    for assignment in arguments.input:
        key, equals, path = assignment.partition("=")
        if not equals:
            raise DownscalingError(f"Input '{assignment}' is not KEY=PATH: write it as e.g. predictors=dem.tif.")
        inputs[key.strip().lower()] = path
    return {key: path for key, path in inputs.items() if path}


def command(arguments):
    """Run the parsed command; its exit status."""
    if arguments.command == "methods":
        print("\n\n".join(describe(method) for method in METHODS))
        return 0
    if arguments.method is None:  # run without a method
        if arguments.help:
            print(arguments.usage())
            return 0
        raise DownscalingError(f"No METHOD: give one of {', '.join(m.name for m in METHODS)}.")
    method = method_named(arguments.method)
    if arguments.command == "batch":
        from .batch import run_batch
        return run_batch(method, arguments.manifest, arguments.option, arguments.workers, arguments.scheduler,
                         arguments.split_pixels)
    if arguments.help:
        print(describe(method))
        return 0
    if not arguments.output:
        raise DownscalingError("No output: give --output PATH.tif.")
    execute(method.request(scene_inputs(arguments), arguments.output, arguments.option))
    print(f"Wrote {arguments.output}", file=sys.stderr)
    return 0


def main(argv=None):
    arguments = parser().parse_args(argv)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)  # the pixels the input checks dropped
        try:
            status = command(arguments)
        except (Exception, KeyboardInterrupt) as error:
            message = failure_message(error)
            if message is None:
                raise
            print(f"error: {message}", file=sys.stderr)
            status = USAGE_ERROR
        finally:
            for message in dict.fromkeys(str(warning.message) for warning in caught):  # each once
                print(f"warning: {message}", file=sys.stderr)
    return status

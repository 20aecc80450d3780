"""`torch2jittor` command line, in black's style.

    torch2jittor convert [SRC ...] [-o OUT] [--check] [--diff] [--strict] [--report FILE.json]

SRC is a file, a directory (mirrored into OUT, non-Python files copied) or `-` (stdin to stdout);
`--example` converts the bundled example (the seed's AlexNet). Input files are never written
unless `--in-place`. Exit codes: 0 fine, 1 `--check`/`--strict` found something,
2 bad input (syntax error, unreadable file, bad option), 123 internal error, 141 standard output
closed early (`| head`), as for any Unix tool killed by SIGPIPE.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import sys
import time
import traceback
from dataclasses import dataclass, field
from importlib import resources

from tqdm import tqdm

from . import diagnostics as D
from .project import infer_package, torch_names_by_module
from . import torchvision_package
from .api import convert_source, write_helper_module, write_torchvision_models
from .diagnostics import ConversionError
from .files import atomic_write, decode_source, encode_source, read_source
from .mapping import load_mapping_file
from .notebook import convert_notebook

EXIT_OK, EXIT_CHANGES, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 123
EXIT_BROKEN_PIPE = 128 + 13  # what the shell reports for a tool killed by SIGPIPE (`seq 1e9 | head -1`)
# Notes too: a call converted with a limit the user must know of (computed in numpy: no gradient).
SHOWN_KINDS = (D.UNSUPPORTED_API, D.UNSUPPORTED_ARGUMENT, D.UNBOUND_ARGUMENTS, D.NOTE)
EXAMPLE = "alexnet_seed.py"


@dataclass
class FileOutcome:
    """What happened to one file. The per-file runner returns one of these and never raises."""

    path: str
    status: str  # "converted", "unchanged", "copied", "failed" (bad input), "internal-error"
    message: str = ""
    diagnostics: list = field(default_factory=list)
    converted_calls: int = 0
    unsupported: int = 0  # unsupported APIs and arguments
    unsupported_apis: int = 0  # unsupported APIs only: with converted_calls, the torch API uses
    lines: int = 0

    @property
    def failed(self) -> bool:
        return self.status in ("failed", "internal-error")

    @property
    def convert_rate(self) -> float | None:
        """Share of the torch API uses converted; None for a file that failed or uses none."""
        uses = self.converted_calls + self.unsupported_apis
        return None if self.failed or uses == 0 else self.converted_calls / uses


def example_path() -> str:
    return str(resources.files("torch2jittor") / "examples" / EXAMPLE)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="torch2jittor", description="Convert PyTorch model code to Jittor.")
    parser.add_argument("--version", action="version", version="%(prog)s " + __import__("torch2jittor").__version__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("verify", help="convert a model file and check it against PyTorch (see: verify --help)")
    sub.add_parser("weights", help="convert a PyTorch checkpoint for Jittor (see: weights --help)")
    sub.add_parser("bench", help="forward-speed benchmark, PyTorch vs. converted Jittor (see: bench --help)")
    _add_convert_arguments(sub.add_parser("convert", help="convert files, directories or stdin"))
    return parser


def build_convert_parser() -> argparse.ArgumentParser:
    """`convert`'s own parser: its errors print its usage, not the top-level one."""
    parser = argparse.ArgumentParser(prog="torch2jittor convert", description="Convert files, directories or stdin.")
    _add_convert_arguments(parser)
    return parser


def _add_convert_arguments(conv: argparse.ArgumentParser) -> None:
    conv.add_argument("src", nargs="*", help="file, directory or '-' for stdin")
    conv.add_argument("--example", action="store_true",
                      help="convert the bundled example (the seed's AlexNet) and print the Jittor code")
    conv.add_argument("-o", "--output",
                      help="output file or directory (needed for a directory or several files); "
                           "- for stdout (the default for one file)")
    conv.add_argument("--in-place", action="store_true", help="overwrite the input files (atomically)")
    conv.add_argument("--check", action="store_true", help="write nothing; exit 1 if any file would change")
    conv.add_argument("--diff", action="store_true", help="write nothing; print a unified diff")
    conv.add_argument("--strict", action="store_true", help="exit 1 if anything could not be converted")
    conv.add_argument("--report", metavar="FILE.json", help="write a JSON report per file")
    conv.add_argument("--mapping", action="append", default=[], metavar="FILE",
                      help="extra mapping entries (seed schema; .json or a literal 'pjmap = {...}' .py)")
    conv.add_argument("-q", "--quiet", action="store_true", help="only errors")
    conv.add_argument("-v", "--verbose", action="store_true", help="also list dropped arguments")
    conv.add_argument("--progress", dest="progress", action="store_true", default=None,
                      help="show a progress bar even when stderr is not a terminal (default: on a terminal, "
                           "for several files)")
    conv.add_argument("--no-progress", dest="progress", action="store_false", help="never show the progress bar")


# Subcommands with their own parsers, imported only when used (they need the frameworks).
SUBCOMMANDS = {
    "verify": ("torch2jittor.tools.verify", "verify_command"),
    "weights": ("torch2jittor.tools.checkpoints", "weights_command"),
    "bench": ("torch2jittor.tools.bench", "bench_command"),
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in SUBCOMMANDS:
        module_name, function = SUBCOMMANDS[argv[0]]
        try:
            return getattr(__import__(module_name, fromlist=[function]), function)(argv[1:])
        except KeyboardInterrupt:
            return 130
        except Exception:  # a bug of ours
            traceback.print_exc()
            return EXIT_INTERNAL
    parser = build_convert_parser() if argv and argv[0] == "convert" else build_parser()
    try:
        args = parser.parse_args(argv[1:] if argv and argv[0] == "convert" else argv)
    except SystemExit as exc:  # argparse exits 2 on bad options, 0 on --help
        return int(exc.code or 0)
    try:
        code = run_convert(args)
        sys.stdout.flush()  # a closed pipe must show here, not in the interpreter's exit
        return code
    except BrokenPipeError:  # `convert --diff big.py | head`: the reader has all it wanted
        _silence_closed_streams()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return 130
    except Exception:  # a bug of ours: say so, distinctly from bad input
        traceback.print_exc()
        return EXIT_INTERNAL


def _silence_closed_streams() -> None:
    """Point stdout and stderr at /dev/null, so that flushing them at exit raises nothing more
    (Python's own advice: https://docs.python.org/3/library/signal.html#note-on-sigpipe)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError, AttributeError):  # not a real file (a test's capture)
            pass
    os.close(devnull)


_bar: tqdm | None = None  # the progress bar while one is shown: messages go above it


def _err(msg: str) -> None:
    if _bar is not None:
        _bar.write(msg, file=sys.stderr)
    else:
        print(msg, file=sys.stderr)


def run_convert(args) -> int:
    extra = {}
    for path in args.mapping:
        try:
            extra.update(load_mapping_file(path))
        except (OSError, ValueError) as exc:
            _err(f"error: {exc}")
            return EXIT_BAD_INPUT
    sources = list(args.src) + ([example_path()] if args.example else [])
    if not sources:  # as black: converting the bundled example needs --example
        if not args.quiet:
            _err("No Path provided. Nothing to do (torch2jittor convert --example converts the bundled example)")
        return EXIT_OK
    writes = not (args.check or args.diff)
    if args.in_place and args.output:
        _err("error: --in-place and -o/--output exclude each other")
        return EXIT_BAD_INPUT
    if args.output == "-":  # `-o -`: standard output, as for one file without -o
        if len(sources) > 1 or os.path.isdir(sources[0]):
            _err("error: -o - (standard output) takes one input file")
            return EXIT_BAD_INPUT
        args.output = None
    elif writes and not args.output and not args.in_place and len(sources) > 1:
        # Standard output takes one file: several converted files in one stream are no use.
        _err(f"error: {len(sources)} inputs: standard output takes one file; use -o OUT_DIR, "
             "--in-place, --check or --diff")
        return EXIT_BAD_INPUT

    # (input path or '-', output path or None=stdout, folders from the file up to the root of its tree)
    jobs: list[tuple[str, str | None, int]] = []
    copies: list[tuple[str, str]] = []
    for src in sources:
        if src == "-":
            jobs.append(("-", args.output if writes else None, 0))
        elif os.path.isdir(src):
            if writes and not args.output and not args.in_place:
                _err(f"error: {src}: converting a directory needs -o OUT_DIR or --in-place")
                return EXIT_BAD_INPUT
            out_root = None
            if writes and args.output:
                out_root = os.path.abspath(args.output)
                src_root = os.path.abspath(src)
                if out_root == src_root or out_root.startswith(src_root + os.sep):
                    _err(f"error: output directory {args.output} is inside input directory {src}; use --in-place to overwrite")
                    return EXIT_BAD_INPUT
            for path, rel in _walk(src):
                target = os.path.join(out_root, rel) if out_root else (path if writes else None)
                if path.endswith((".py", ".pyi", ".ipynb")):
                    # One helper package at the tree's root serves every subfolder; a notebook has no
                    # __file__ to find it by, so its own folder gets one.
                    levels = 0 if path.endswith(".ipynb") else rel.count(os.sep)
                    jobs.append((path, target, levels))
                elif out_root:
                    copies.append((path, target))
        elif os.path.isfile(src):
            if writes and args.output and len(sources) > 1:
                target = os.path.join(args.output, os.path.basename(src))
            elif writes and args.output:
                target = os.path.join(args.output, os.path.basename(src)) if os.path.isdir(args.output) else args.output
            else:
                target = src if (writes and args.in_place) else None
            jobs.append((src, target, 0))
        else:
            _err(f"error: {src}: no such file or directory")
            return EXIT_BAD_INPUT
    if not args.in_place:
        clash = _output_overwriting_input(jobs, copies)
        if clash:
            _err(f"error: {clash}: the output would overwrite this input; inputs are only written with --in-place")
            return EXIT_BAD_INPUT

    # Files converted together see the torch names their sibling modules bind.
    siblings = torch_names_by_module([path for path, _, _ in jobs if path != "-"]) if len(jobs) > 1 else {}
    show_progress = args.progress if args.progress is not None else (sys.stderr.isatty() and len(jobs) > 1)
    outcomes: list[FileOutcome] = []
    started = time.perf_counter()
    global _bar
    _bar = tqdm(total=len(jobs), unit="file", file=sys.stderr, leave=False, dynamic_ncols=True) if show_progress else None
    try:
        helper_folders: set[str] = set()
        for path, target, levels in jobs:
            outcomes.append(convert_one(path, target, args, extra, siblings, levels, helper_folders))
            if _bar is not None:
                _bar.update()
    finally:
        if _bar is not None:
            _bar.close()  # leave=False: the bar's line is cleared
        _bar = None
    for path, target in copies:
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy2(path, target)
            outcomes.append(FileOutcome(path, "copied"))
        except OSError as exc:
            outcomes.append(FileOutcome(path, "failed", f"{path}: cannot copy: {exc.strerror}"))
            _err(f"error: {path}: cannot copy: {exc.strerror}")
    elapsed = time.perf_counter() - started
    if args.report:
        _write_report(args.report, outcomes, elapsed)
    if not args.quiet:
        _err(_summary(outcomes, elapsed, args))
    return _exit_code(outcomes, args)


def _output_overwriting_input(jobs, copies) -> str | None:
    """The first output path that is one of the inputs (by path, symlink or hard link), if any."""
    def identity(path: str):
        try:
            st = os.stat(path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    pairs = [(path, target) for path, target, _ in jobs] + list(copies)
    inputs = {identity(path) for path, _ in pairs if path != "-"} - {None}
    for _, target in pairs:
        if target is not None and identity(target) in inputs:
            return target
    return None


def _walk(root: str):
    """(path, relative path) of every file under root, following no symlinked directories."""
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if d not in ("__pycache__", ".git"))
        for name in sorted(files):
            path = os.path.join(folder, name)
            yield path, os.path.relpath(path, root)


def convert_one(path: str, target: str | None, args, extra, siblings=None, levels_up: int = 0,
                helper_folders: set[str] | None = None) -> FileOutcome:
    """Convert one file; report every failure as an outcome, never as an exception.

    The helper package goes `levels_up` folders above the output (the root of a converted tree),
    written once per folder in `helper_folders`."""
    name = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            source = decode_source(sys.stdin.buffer.read(), name)
        else:
            source = read_source(path)
    except (OSError, UnicodeError) as exc:
        msg = f"error: {exc}" if isinstance(exc, UnicodeError) else f"error: {name}: cannot read: {exc.strerror}"
        _err(msg)
        return FileOutcome(name, "failed", msg)
    try:
        package = None if path == "-" else infer_package(path)
        if name.endswith(".ipynb"):
            converted_text, result = convert_notebook(source.text, filename=name, extra_mapping=extra, package=package)
        else:
            result = convert_source(source.text, filename=name, extra_mapping=extra, package=package,
                                    siblings=siblings, helper_levels_up=levels_up)
            converted_text = result.code
    except ConversionError as exc:
        _err(f"error: {exc.format()}")
        return FileOutcome(name, "failed", exc.format())
    except Exception as exc:  # noqa: BLE001 - one bad file must not take the run down
        _err(f"error: {name}: internal error: {exc!r}")
        if getattr(args, "verbose", False):
            traceback.print_exc()
        return FileOutcome(name, "internal-error", repr(exc))
    changed = converted_text != source.text
    outcome = FileOutcome(
        name, "converted" if changed else "unchanged",
        diagnostics=result.diagnostics, converted_calls=len(result.converted),
        unsupported=len(result.unsupported), unsupported_apis=result.unsupported_api_uses,
        lines=source.text.count("\n") + 1,
    )
    if not args.quiet:
        for d in result.diagnostics:
            if d.kind in SHOWN_KINDS or args.verbose:
                _err(d.format(name))
    if args.diff:
        if changed:
            sys.stdout.writelines(difflib.unified_diff(
                source.text.splitlines(keepends=True), converted_text.splitlines(keepends=True),
                fromfile=name, tofile=name + " (jittor)",
            ))
    elif args.check:
        if changed and not args.quiet:
            _err(f"would convert {name}")
    elif target is None:
        sys.stdout.write(converted_text)
        sys.stdout.flush()
        if result.helpers and not args.quiet:
            _err(f"note: {name}: the converted code imports jittor_compat; with -o it is written next to the output")
    else:
        try:
            atomic_write(target, encode_source(converted_text, source.encoding), mode_from=None if path == "-" else path)
            folder = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(target)), *[os.pardir] * levels_up))
            if result.helpers and folder not in (helper_folders if helper_folders is not None else ()):
                write_helper_module(folder)
                if helper_folders is not None:
                    helper_folders.add(folder)
            # torchvision's model builders: their converted package goes beside jittor_compat/, once.
            models_key = os.path.join(folder, torchvision_package.PACKAGE)
            if torchvision_package.NEEDED in result.helpers and models_key not in (helper_folders or ()):
                write_torchvision_models(folder)
                if helper_folders is not None:
                    helper_folders.add(models_key)
        except (OSError, UnicodeError) as exc:
            msg = f"error: {target}: cannot write: {exc}"
            _err(msg)
            return FileOutcome(name, "failed", msg)
    return outcome


def _summary(outcomes: list[FileOutcome], elapsed: float, args) -> str:
    count = {k: sum(o.status == k for o in outcomes) for k in ("converted", "unchanged", "copied", "failed", "internal-error")}
    calls = sum(o.converted_calls for o in outcomes)
    unsupported = sum(o.unsupported for o in outcomes)
    verb = "would convert" if args.check or args.diff else "converted"
    parts = [f"{count['converted']} file(s) {verb}", f"{count['unchanged']} unchanged"]
    if count["copied"]:
        parts.append(f"{count['copied']} copied")
    if count["failed"] or count["internal-error"]:
        parts.append(f"{count['failed'] + count['internal-error']} failed")
    return (
        ", ".join(parts)
        + f"; {calls} torch API use(s) converted, {unsupported} unsupported ({elapsed:.2f}s)"
    )


def _exit_code(outcomes: list[FileOutcome], args) -> int:
    if any(o.status == "internal-error" for o in outcomes):
        return EXIT_INTERNAL
    if any(o.status == "failed" for o in outcomes):
        return EXIT_BAD_INPUT
    if args.check and any(o.status == "converted" for o in outcomes):
        return EXIT_CHANGES
    if args.strict and any(o.unsupported for o in outcomes):
        return EXIT_CHANGES
    return EXIT_OK


def _rate(converted: int, unsupported_apis: int) -> float | None:
    uses = converted + unsupported_apis
    return round(converted / uses, 4) if uses else None


def _write_report(path: str, outcomes: list[FileOutcome], elapsed: float) -> None:
    """Per file and in total. A rate is null where there is nothing to rate: a file that failed,
    or one that uses no torch API."""
    sources = [o for o in outcomes if o.status != "copied"]
    converted = sum(o.converted_calls for o in sources)
    unsupported_apis = sum(o.unsupported_apis for o in sources)
    report = {
        "elapsed_s": round(elapsed, 4),
        "totals": {
            "files": len(sources),
            "converted": sum(o.status == "converted" for o in sources),
            "unchanged": sum(o.status == "unchanged" for o in sources),
            "failed": sum(o.failed for o in sources),
            "copied": len(outcomes) - len(sources),
            "converted_calls": converted,
            "unsupported": sum(o.unsupported for o in sources),
            "unsupported_apis": unsupported_apis,
            "convert_rate": _rate(converted, unsupported_apis),
        },
        "files": [
            {
                "path": o.path,
                "status": o.status,
                "message": o.message,
                "lines": o.lines,
                "converted_calls": o.converted_calls,
                "unsupported": [
                    {"api": d.api, "line": d.line, "col": d.col, "kind": d.kind, "message": d.message,
                     **({"cell": d.cell} if d.cell is not None else {})}  # a notebook's: line within the cell
                    for d in o.diagnostics if d.kind in (D.UNSUPPORTED_API, D.UNSUPPORTED_ARGUMENT)
                ],
                "diagnostics": [d.as_dict() for d in o.diagnostics],
                "convert_rate": None if o.convert_rate is None else round(o.convert_rate, 4),
            }
            for o in outcomes
        ],
    }
    atomic_write(path, (json.dumps(report, indent=2) + "\n").encode("utf-8"))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Small PyTorch programs, one torch API each, run with PyTorch and, converted, with Jittor alone.

    python -m torch2jittor.tools.api_programs [FOLDER] [--only SUBSTRING] [--lock FILE] [--json OUT] [-v]

FOLDER (default `benchmarks/api_programs`) holds programs (`*.py`, searched recursively). A
program is a plain script that imports torch and computes its results at module level. Its first
line may name the API it is about, `# api: torch.Tensor.addcmul_`, which gives the namespace it is
counted under (else the name of its folder). Its results are the dict `results` when the program
defines one; otherwise every public module-level name whose PyTorch value can be compared: tensors,
numpy arrays, torch.Size, dtypes, Python scalars, str, None, and tuples/lists/dicts of them
(modules, functions, layers and other objects are skipped), so an input changed in place counts.
Programs whose values are random (dropout, default layer initialisation) report shapes and dtypes.

Each program is run with PyTorch in this process (`torch.manual_seed(0)` first), converted with
torch2jittor (its diagnostics kept), and run converted in a child process where torch cannot be
imported (each program in a namespace of its own, exceptions caught), one child per `--chunk`
programs (default 60) so that Jittor starts once per chunk. With `--lock FILE` each child holds
an exclusive flock on FILE while it runs (released between chunks). A program that hangs past
`--timeout` seconds or kills the child is recorded as such and the child restarts after it.

Results are compared as tests/parity.py's `assert_same` does (structure, shape, dtype, value;
a 0-dim PyTorch tensor is matched by a Var of shape [1]; a torch.dtype by the Jittor dtype of the
same name). Each program is classified:
    pass      its results match;
    reported  they do not (or the program raises), and the converter reported an unsupported API
              or argument in it: the user was told;
    silent    they do not, and the converter reported nothing unsupported: a silent failure;
    invalid   the program itself fails with PyTorch (or computes nothing comparable): not counted.
Prints the counts and rates overall and by namespace, then every silent program with its error
(and every reported one with -v). Exit 0.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
import traceback

import numpy as np

NAMESPACES = (  # longest prefix first
    ("torch.Tensor.", "Tensor"), ("torch.nn.functional.", "F"), ("torch.nn.init.", "nn.init"),
    ("torch.nn.utils.", "nn.utils"), ("torch.nn.", "nn"), ("torch.linalg.", "linalg"), ("torch.fft.", "fft"),
    ("torch.special.", "special"), ("torch.distributions.", "distributions"), ("torch.autograd.", "autograd"),
    ("torch.", "torch"),
)
KINDS = ("pass", "reported", "silent")
JITTOR_DTYPES = {"bool", "int8", "uint8", "int16", "int32", "int64", "float16", "bfloat16", "float32", "float64"}


# --- programs ---------------------------------------------------------------------------------------
def find_programs(folder: str, only: str | None = None) -> list[dict]:
    programs = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".py") or name == "__init__.py":
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, folder)
            if only and only not in rel:
                continue
            with open(path, encoding="utf-8") as fh:
                source = fh.read()
            first = source.split("\n", 1)[0]
            api = first.split(":", 1)[1].strip() if first.startswith("# api:") else ""
            programs.append({"name": rel, "path": path, "source": source, "api": api,
                             "namespace": namespace_of(api, os.path.basename(root))})
    return programs


def namespace_of(api: str, folder: str) -> str:
    for prefix, space in NAMESPACES:
        if api.startswith(prefix):
            return space
    return folder or "?"


# --- results, as plain data both processes can pickle -------------------------------------------------
def encode(value, strict: bool = True):
    """A result as nested tuples of plain data: ("tensor", array), ("ndarray", array), ("size", ints),
    ("dtype", name), ("py", value), ("tuple"/"list", items, fields), ("dict", keys, items), or
    ("other", type name) for anything else (a name whose PyTorch value is "other" is not a result)."""
    kind = type(value)
    module = kind.__module__ or ""
    if value is None or kind in (bool, int, float, complex, str):
        return ("py", value)
    if isinstance(value, np.ndarray):
        return ("ndarray", np.array(value, copy=True))
    if isinstance(value, np.generic):
        return ("other", f"numpy.{kind.__name__}")
    if module.startswith("torch"):
        import torch

        if isinstance(value, torch.Tensor):
            value = value.detach().cpu()
            if value.is_complex():
                value = value.resolve_conj()
            if value.dtype == torch.bfloat16:
                return ("tensor", value.float().numpy().astype(np.float32), "bfloat16")
            return ("tensor", value.resolve_neg().numpy().copy())
        if isinstance(value, torch.Size):
            return ("size", tuple(int(v) for v in value))
        if isinstance(value, torch.dtype):
            return ("dtype", str(value).replace("torch.", ""))
    if getattr(value, "__module__", None) == "jittor_core.ops" and getattr(value, "__name__", "") in JITTOR_DTYPES:
        return ("dtype", value.__name__)  # jt.float32 & co. are Jittor's casting functions
    if module.startswith("jittor"):
        import jittor

        if isinstance(value, jittor.Var):
            return ("tensor", np.array(value.numpy(), copy=True))
        if kind.__name__ == "NanoVector":  # Var.shape
            return ("size", tuple(int(v) for v in value))
        if kind.__name__ == "NanoString":  # Var.dtype
            return ("dtype", str(value))
    if isinstance(value, (tuple, list)):
        fields = tuple(getattr(kind, "__match_args__", ()) or getattr(kind, "_fields", ()) or ())
        items = [encode(v, strict) for v in value]
        if not strict and any(i[0] == "other" for i in items):
            return ("other", kind.__name__)
        return ("tuple" if isinstance(value, tuple) else "list", items, fields)
    if isinstance(value, dict):
        items = [encode(v, strict) for v in value.values()]
        if not strict and any(i[0] == "other" for i in items):
            return ("other", kind.__name__)
        return ("dict", [repr(k) for k in value], items)
    return ("other", f"{module}.{kind.__name__}")


def program_results(namespace: dict, strict: bool) -> dict:
    """The program's results: its `results` dict, else its public module-level values (encoded).
    Not strict (the PyTorch side choosing what counts): names whose value is no result are left out."""
    if isinstance(namespace.get("results"), dict):
        return {str(k): encode(v) for k, v in namespace["results"].items()}
    out = {}
    for name, value in namespace.items():
        if name.startswith("_") or name == "results":
            continue
        encoded = encode(value, strict)
        if strict or encoded[0] != "other":
            out[name] = encoded
    return out


def _same_array(e, a, atol, rtol, where, bridge):
    want = (1,) if bridge and e.shape == () else e.shape
    if tuple(a.shape) != tuple(want):
        return f"{where}: shape {tuple(a.shape)} != {tuple(want)} (PyTorch {tuple(e.shape)})"
    if a.dtype != e.dtype:
        return f"{where}: dtype {a.dtype} != {e.dtype}"
    e = e.reshape(want)
    if e.dtype.kind in "fc":
        ok = np.allclose(a, e, rtol=rtol, atol=atol, equal_nan=True)
    else:
        ok = np.array_equal(a, e)
    if not ok:
        diff = "" if e.dtype.kind not in "fciu" or not e.size else \
            f", max abs difference {float(np.nanmax(np.abs(a.astype(np.complex128) - e))):.3g}"
        return f"{where}: values differ{diff}"
    return None


def compare(expected, actual, atol=1e-5, rtol=1e-5, where="result") -> str | None:
    """None when Jittor's encoded `actual` matches PyTorch's encoded `expected`, else why not
    (the rules of tests/parity.py's assert_same)."""
    kind = expected[0]
    if kind in ("tensor", "ndarray"):
        if actual[0] != kind:
            return f"{where}: expected a {'Var' if kind == 'tensor' else 'numpy array'}, got {_name(actual)}"
        return _same_array(expected[1], actual[1], atol, rtol, where, kind == "tensor")
    if kind == "size":
        if actual[0] != "size" and not (actual[0] in ("tuple", "list") and all(
                i[0] == "py" and type(i[1]) is int for i in actual[1])):
            return f"{where}: expected a shape, got {_name(actual)}"
        got = list(actual[1]) if actual[0] == "size" else [i[1] for i in actual[1]]
        # PyTorch's empty shape (a 0-dim tensor's) is Jittor's [1], or () where a helper keeps it exactly
        want = [1] if not expected[1] and got != [] else list(expected[1])
        return None if got == want else f"{where}: shape {got} != {want}"
    if kind == "dtype":
        if actual[0] != "dtype" and not (actual[0] == "py" and isinstance(actual[1], str)):
            return f"{where}: expected a dtype, got {_name(actual)}"
        return None if actual[1] == expected[1] else f"{where}: dtype {actual[1]} != {expected[1]}"
    if kind in ("tuple", "list"):
        if actual[0] != kind:
            return f"{where}: expected a {kind}, got {_name(actual)}"
        if len(actual[1]) != len(expected[1]):
            return f"{where}: {len(actual[1])} items != {len(expected[1])}"
        missing = [f for f in expected[2] if f not in actual[2]]
        if missing and expected[2]:
            return f"{where}: no field .{missing[0]}"
        for i, (e, a) in enumerate(zip(expected[1], actual[1])):
            why = compare(e, a, atol, rtol, f"{where}[{i}]")
            if why:
                return why
        return None
    if kind == "dict":
        if actual[0] != "dict":
            return f"{where}: expected a dict, got {_name(actual)}"
        if actual[1] != expected[1]:
            return f"{where}: keys {actual[1]} != {expected[1]}"
        for k, e, a in zip(expected[1], expected[2], actual[2]):
            why = compare(e, a, atol, rtol, f"{where}[{k}]")
            if why:
                return why
        return None
    if kind == "py":
        if actual[0] != "py" or type(actual[1]) is not type(expected[1]):
            return f"{where}: {_name(actual)} != {type(expected[1]).__name__}"
        e, a = expected[1], actual[1]
        if isinstance(e, (float, complex)):
            ok = np.allclose(a, e, rtol=rtol, atol=atol, equal_nan=True)
        else:
            ok = a == e
        return None if ok else f"{where}: {a!r} != {e!r}"
    return f"{where}: no comparison rule for PyTorch's {expected[1]}"


def _name(encoded) -> str:
    if encoded[0] == "py":
        return type(encoded[1]).__name__
    return encoded[1] if encoded[0] == "other" else encoded[0]


def compare_results(expected: dict, actual: dict) -> str | None:
    for name, value in expected.items():
        if name not in actual:
            return f"{name}: not computed"
        why = compare(value, actual[name], where=name)
        if why:
            return why
    return None


# --- the PyTorch side ---------------------------------------------------------------------------------
def _error(exc: BaseException, filename: str) -> str:
    """The exception, with the program's own line it came from."""
    line = ""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == filename:
            line = f" (line {frame.lineno}: {(frame.line or '').strip()})"
            break
    text = str(exc).strip().split("\n")[0][:300]
    return f"{type(exc).__name__}: {text}{line}"


def run_pytorch(program: dict) -> None:
    import torch

    torch.manual_seed(0)
    np.random.seed(0)
    namespace = {"__name__": "__main__"}
    try:
        exec(compile(program["source"], program["path"], "exec"), namespace)
        program["expected"] = program_results(namespace, strict=False)
        if not program["expected"]:
            program["invalid"] = "computes nothing comparable"
    except BaseException as exc:  # noqa: BLE001 - a program's failure is a result
        program["invalid"] = _error(exc, program["path"])
    finally:
        torch.set_grad_enabled(True)
        torch.set_default_dtype(torch.float32)


def convert(program: dict, work: str, index: int) -> None:
    from ..api import convert_source
    from ..diagnostics import UNSUPPORTED_API, UNSUPPORTED_ARGUMENT

    try:
        result = convert_source(program["source"], filename=program["name"])
    except Exception as exc:  # noqa: BLE001
        program["converted_path"] = None
        program["reports"] = [f"conversion failed: {_error(exc, '')}"]
        return
    program["reports"] = [d.format(program["name"]) for d in result.diagnostics
                          if d.kind in (UNSUPPORTED_API, UNSUPPORTED_ARGUMENT)]
    path = os.path.join(work, f"p{index:04d}.py")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(result.code)
    program["converted_path"] = path


# --- the Jittor side (a child process) ----------------------------------------------------------------
def jittor_side(work: str, start: int, stop: int) -> None:
    """Runs the converted programs listed in work/jobs.json, [start, stop), torch unimportable;
    writes work/out/<index>.pkl for each and work/progress (the index being run)."""
    import importlib.abc

    class _NoTorch(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path=None, target=None):
            if fullname.split(".")[0] in ("torch", "torchvision"):
                raise ImportError(f"{fullname} cannot be imported here: the converted code must run on Jittor alone")
            return None

    sys.meta_path.insert(0, _NoTorch())
    sys.path.insert(0, work)
    from . import prepare_jittor

    prepare_jittor()
    import jittor

    with open(os.path.join(work, "jobs.json"), encoding="utf-8") as fh:
        jobs = json.load(fh)
    for index in range(start, stop):
        path = jobs[index]
        if path is None:
            continue
        with open(os.path.join(work, "progress"), "w") as fh:
            fh.write(str(index))
        namespace = {"__name__": "__main__"}
        try:
            with open(path, encoding="utf-8") as fh:
                code = fh.read()
            jittor.set_global_seed(0)
            np.random.seed(0)
            exec(compile(code, path, "exec"), namespace)
            out = {"actual": program_results(namespace, strict=True)}
        except BaseException as exc:  # noqa: BLE001 - a program's failure is a result
            out = {"error": _error(exc, path)}
        finally:
            jittor.flags.no_grad = 0
        try:
            data = pickle.dumps(out)
        except Exception as exc:  # noqa: BLE001
            data = pickle.dumps({"error": f"results cannot be kept: {exc}"})
        with open(os.path.join(work, "out", f"{index}.pkl"), "wb") as fh:
            fh.write(data)
    with open(os.path.join(work, "progress"), "w") as fh:
        fh.write(str(stop))


def _locked(lock: str | None):
    import contextlib
    import fcntl

    @contextlib.contextmanager
    def hold():
        if not lock:
            yield
            return
        with open(lock, "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    return hold()


def run_jittor(programs: list[dict], work: str, timeout: float, lock: str | None, chunk: int = 60) -> None:
    """The converted programs in child processes of `chunk` programs each (Jittor's start-up is paid
    once per chunk, its compiled kernels are cached on disk; the lock is released between chunks so
    that other Jittor users on the machine get their turn). A child is restarted after a program
    that hangs or kills it."""
    jobs = [p.get("converted_path") if "invalid" not in p else None for p in programs]
    with open(os.path.join(work, "jobs.json"), "w", encoding="utf-8") as fh:
        json.dump(jobs, fh)
    os.makedirs(os.path.join(work, "out"), exist_ok=True)
    src = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    progress = os.path.join(work, "progress")
    start = 0
    while start < len(jobs):
        stop = min(start + max(chunk, 1), len(jobs))
        with _locked(lock):
            while start < stop:
                start = _run_child(work, start, stop, env, progress, timeout)


def _run_child(work: str, start: int, stop: int, env: dict, progress: str, timeout: float) -> int:
    """One child running jobs [start, stop); returns where the next child starts."""
    if os.path.exists(progress):
        os.remove(progress)
    child = subprocess.Popen([sys.executable, "-m", "torch2jittor.tools.api_programs", "--jittor-side",
                              work, str(start), str(stop)], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT)
    seen, since = None, time.monotonic()
    output = []
    import threading

    reader = threading.Thread(target=lambda: output.extend(child.stdout), daemon=True)
    reader.start()
    while child.poll() is None:
        time.sleep(0.2)
        now = _read_progress(progress)
        if now != seen:
            seen, since = now, time.monotonic()
        # the first program also waits for Jittor's start-up (and its first compilations)
        elif time.monotonic() - since > timeout * (3 if seen in (None, start) else 1):
            child.kill()
            break
    child.wait()
    reader.join(5)
    done = _read_progress(progress)
    if done is not None and done >= stop:
        return stop
    stuck = done if done is not None else start
    why = "timed out" if child.returncode in (-9, 137) else f"the process died (exit {child.returncode})"
    lines = b"".join(output).decode(errors="replace").strip().splitlines()
    with open(os.path.join(work, "out", f"{stuck}.pkl"), "wb") as fh:
        pickle.dump({"error": why + (f": {lines[-1][:200]}" if lines else "")}, fh)
    return stuck + 1


def _read_progress(path: str):
    try:
        with open(path) as fh:
            return int(fh.read().strip())
    except (OSError, ValueError):
        return None


# --- classification and report ------------------------------------------------------------------------
def classify(programs: list[dict], work: str) -> None:
    for index, program in enumerate(programs):
        if "invalid" in program:
            program["kind"] = "invalid"
            continue
        out = {"error": "conversion failed"}
        try:
            with open(os.path.join(work, "out", f"{index}.pkl"), "rb") as fh:
                out = pickle.load(fh)
        except OSError:
            if program.get("converted_path"):
                out = {"error": "not run"}
        why = out.get("error") or compare_results(program["expected"], out["actual"])
        program["why"] = why
        program["kind"] = "pass" if why is None else ("reported" if program["reports"] else "silent")


def summary(programs: list[dict], verbose: bool = False) -> str:
    counted = [p for p in programs if p["kind"] != "invalid"]
    spaces = sorted({p["namespace"] for p in counted}, key=lambda s: (-sum(p["namespace"] == s for p in counted), s))
    lines = ["| namespace | programs | pass | reported | silent |", "| --- | --- | --- | --- | --- |"]

    def row(label, group):
        n = len(group)
        cells = [f"{sum(p['kind'] == k for p in group)} ({100 * sum(p['kind'] == k for p in group) / n:.0f}%)"
                 for k in KINDS] if n else ["0"] * 3
        lines.append(f"| {label} | {n} | " + " | ".join(cells) + " |")

    row("all", counted)
    for space in spaces:
        row(space, [p for p in counted if p["namespace"] == space])
    invalid = [p for p in programs if p["kind"] == "invalid"]
    if invalid:
        lines.append(f"\n{len(invalid)} invalid (fail with PyTorch, not counted):")
        lines += [f"  {p['name']}: {p['invalid']}" for p in invalid]
    silent = [p for p in counted if p["kind"] == "silent"]
    if silent:
        lines.append(f"\nsilent ({len(silent)}):")
        lines += [f"  {p['name']}: {p['why']}" for p in silent]
    if verbose:
        reported = [p for p in counted if p["kind"] == "reported"]
        lines.append(f"\nreported ({len(reported)}):")
        lines += [f"  {p['name']}: {p['reports'][0]}" for p in reported]
    return "\n".join(lines)


def run(folder: str, only: str | None = None, timeout: float = 120, lock: str | None = None,
        work: str | None = None, chunk: int = 60) -> list[dict]:
    """Every program of `folder` run both ways and classified (each dict gets "kind" and "why")."""
    from ..api import write_helper_module

    programs = find_programs(folder, only)
    work = work or tempfile.mkdtemp(prefix="t2j_api_programs_")
    write_helper_module(work)
    for index, program in enumerate(programs):
        run_pytorch(program)
        if "invalid" not in program:
            convert(program, work, index)
    run_jittor(programs, work, timeout, lock, chunk)
    classify(programs, work)
    return programs


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m torch2jittor.tools.api_programs",
                                     description="Run small one-API PyTorch programs both ways and classify them.")
    parser.add_argument("folder", nargs="?", default=os.path.join("benchmarks", "api_programs"))
    parser.add_argument("--only", help="run only programs whose path contains this")
    parser.add_argument("--timeout", type=float, default=120, help="seconds one converted program may run")
    parser.add_argument("--lock", help="flock this file while Jittor runs (one Jittor process at a time)")
    parser.add_argument("--work", help="folder for the converted programs (default: a temporary one)")
    parser.add_argument("--json", help="write every program's classification here")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the reported programs too")
    parser.add_argument("--chunk", type=int, default=60, help="programs per Jittor process (the lock is "
                        "released between them)")
    parser.add_argument("--jittor-side", nargs=3, metavar=("WORK", "START", "STOP"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.jittor_side:
        jittor_side(args.jittor_side[0], int(args.jittor_side[1]), int(args.jittor_side[2]))
        return 0
    programs = run(args.folder, args.only, args.timeout, args.lock, args.work, args.chunk)
    print(summary(programs, args.verbose))
    if args.json:
        keep = ("name", "api", "namespace", "kind", "why", "reports", "invalid")
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump([{k: p.get(k) for k in keep} for p in programs], fh, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())

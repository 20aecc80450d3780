"""`torch2jittor bench`: forward speed of PyTorch models vs. their Jittor conversions.

The method is the seed's (part 3), with its timing bug fixed and noise handled:

* one `np.random` input per batch size, fed to every framework;
* PyTorch model in eval mode under `torch.no_grad()`; the converted Jittor model and Jittor's own
  hand-written `jittor.models` counterpart (where one exists) in eval mode under `jt.no_grad()`,
  both loaded with the PyTorch model's state_dict;
* untimed warm-up calls first (Jittor compiles each new op shape on its first call: never timed);
* the timed loop is bracketed by `torch.cuda.synchronize()` (GPU) and `jt.sync_all(True)`, every
  Jittor call is followed by `.sync()`; elapsed time is `end - start` of that loop (the seed's
  `jt_time` used `time.time()` after the loop instead of `end`);
* the timed loop is repeated R times, frameworks interleaved per repeat (PyTorch, Jittor converted,
  Jittor hand-written, PyTorch, ...) so background noise hits all alike; median, min and max shown;
* on CPU both frameworks get the same thread count (see `_set_threads`).
"""
from __future__ import annotations

import argparse
import csv
import gc
import io
import json
import math
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time

from . import prepare_jittor

DEFAULT_MODELS = ["alexnet", "vgg16", "resnet50", "squeezenet1_1", "wide_resnet50_2"]
DEFAULT_BATCH_SIZES = [1, 2, 4, 8]
FRAMEWORKS = ("pytorch", "jittor_converted", "jittor_handwritten")
LABELS = {
    "pytorch": "PyTorch",
    "jittor_converted": "Jittor converted",
    "jittor_handwritten": "Jittor hand-written",
}
TOLERANCE = 1e-3  # the seed's threshold for the mean relative error

# --turns auto / --warmup auto
AUTO_LOOP_S = 0.5  # aim for this much time per timed loop ...
AUTO_MIN_TURNS, AUTO_MAX_TURNS = 2, 50  # ... within these bounds
WARMUP_MAX, WARMUP_MIN, WARMUP_BUDGET_S = 10, 2, 1.0

EXIT_OK, EXIT_MISMATCH, EXIT_BAD_INPUT = 0, 1, 2

JITTOR_THREADS_NOTE = (
    "Jittor's CPU convolutions and matmuls run in oneDNN on the OpenMP runtime (libgomp), which "
    "PyTorch's own libgomp.so.1 shares in one process: OMP_NUM_THREADS (read at start-up) and "
    "omp_set_num_threads() -- which torch.set_num_threads() calls -- set both. Jittor has no thread "
    "flag of its own; its generated element-wise, pooling and reduction kernels are single-threaded on CPU."
)

HELP_EPILOG = f"""\
models: any of the seed's torchvision builders (alexnet, vgg11..vgg19_bn, resnet18..resnet152,
  resnext*, wide_resnet50_2/101_2, squeezenet1_0/1_1), converted from the installed torchvision
  file, or path/to/file.py:Builder (a builder taking no arguments, converted on the fly like
  `torch2jittor verify`). Jittor's hand-written jittor.models counterpart is timed too where one
  exists (not for user files). Input: batch x 3 x SIZE x SIZE.

defaults, sized to finish in a few minutes on 2 CPU cores:
  --turns auto   calls per timed loop: enough for ~{AUTO_LOOP_S:g} s per loop, estimated from the
                 slowest framework's last warm-up call, clamped to {AUTO_MIN_TURNS}..{AUTO_MAX_TURNS} (so VGG16 or
                 Wide ResNet at batch 8 get {AUTO_MIN_TURNS} calls, SqueezeNet at batch 1 dozens)
  --warmup auto  untimed calls per framework before timing: up to {WARMUP_MAX} (the seed's count), at
                 least {WARMUP_MIN}, stopping once {WARMUP_BUDGET_S:g} s has been spent after the first call (the first
                 call absorbs Jittor's JIT compilation, which is never timed)
  --repeats 3    each timed loop runs 3 times, frameworks interleaved; median [min, max] shown
  --threads      all CPUs this process may use; PyTorch gets torch.set_num_threads(N), Jittor
                 OMP_NUM_THREADS=N / omp_set_num_threads(N) (its oneDNN conv/matmul threads)

output: a table on stdout (progress on stderr); results.json, results.csv and fps.png in --out.
Speed ratios (above 1: faster): 'vs PyTorch' = Jittor FPS / PyTorch FPS, 'conv/hand' = converted
FPS / hand-written FPS, each the median over repeats of the ratio within a repeat (the frameworks
run back to back, so a burst of background load hits both sides). Relative error: the seed's
mean(|x-y|/|y|) of outputs +1, converted (or hand-written) Jittor vs. PyTorch.
exit: 0 done; 1 a converted model failed or differs from PyTorch by more than {TOLERANCE:g};
2 bad input (unknown model, bad option, no GPU for --device cuda).
"""


class BadInput(Exception):
    """The user's input cannot be benchmarked: exit 2 with this message."""


# --- arguments ------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="torch2jittor bench",
        description="Forward-speed benchmark: PyTorch vs. the converted Jittor model vs. Jittor's "
        "hand-written jittor.models counterpart, the seed's method (part 3).",
        epilog=HELP_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--models", default=",".join(DEFAULT_MODELS),
                        help="comma-separated builders or FILE.py:Builder (default: %(default)s)")
    parser.add_argument("--batch-sizes", default=",".join(map(str, DEFAULT_BATCH_SIZES)),
                        help="comma-separated batch sizes (default: %(default)s)")
    parser.add_argument("--turns", default="auto", help="calls per timed loop, or 'auto' (default)")
    parser.add_argument("--warmup", default="auto", help="untimed calls per framework, or 'auto' (default: up to 10)")
    parser.add_argument("--repeats", type=int, default=3, help="timed loops per framework, interleaved (default: 3)")
    parser.add_argument("--device", choices=("cpu", "cuda"), default="cpu")
    parser.add_argument("--threads", type=int, default=None,
                        help="CPU threads for both frameworks (default: all CPUs available, here %d)" % _cpus())
    parser.add_argument("--image-size", type=int, default=224, help="input height and width (default: 224)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the weights and of the inputs")
    parser.add_argument("--out", default="bench-out", help="folder for results.json, results.csv, fps.png (default: %(default)s)")
    return parser


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _auto_or_int(text: str, option: str, minimum: int) -> int | None:
    if text == "auto":
        return None
    try:
        value = int(text)
    except ValueError:
        raise BadInput(f"{option} takes an integer or 'auto', got {text!r}") from None
    if value < minimum:
        raise BadInput(f"{option} must be at least {minimum}" + (" (Jittor's first call compiles: it must not be timed)" if option == "--warmup" else ""))
    return value


def _parse_models(text: str) -> list[tuple[str, str | None, str | None]]:
    """(name, user file path or None, builder) per model; unknown names raise BadInput."""
    from .torchvision_models import BUILDER_FILE

    models = []
    for name in [m.strip() for m in text.split(",") if m.strip()]:
        if name in BUILDER_FILE:
            models.append((name, None, name))
            continue
        path, _, builder = name.rpartition(":")
        if path and builder and path.endswith(".py"):
            if not os.path.isfile(path):
                raise BadInput(f"{path}: no such file (model {name!r})")
            if not builder.isidentifier():
                raise BadInput(f"{name!r}: {builder!r} is not a Python name")
            models.append((name, path, builder))
            continue
        raise BadInput(
            f"unknown model {name!r}: expected one of {', '.join(BUILDER_FILE)} or path/to/file.py:Builder"
        )
    if not models:
        raise BadInput("--models is empty")
    return models


def _parse_sizes(text: str) -> list[int]:
    try:
        sizes = [int(s) for s in text.split(",") if s.strip()]
    except ValueError:
        raise BadInput(f"--batch-sizes takes positive integers like 1,2,4,8, got {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise BadInput(f"--batch-sizes takes positive integers like 1,2,4,8, got {text!r}")
    return sorted(set(sizes))


# --- device and threads ---------------------------------------------------------------------------
def _check_cuda() -> None:
    """Raise BadInput unless both frameworks can use a GPU. Imports torch (and jittor if torch has one)."""
    import torch

    if not torch.cuda.is_available():
        raise BadInput(
            f"--device cuda: no CUDA GPU here (torch.cuda.is_available() is False for torch {torch.__version__}); "
            "use --device cpu"
        )
    try:
        import jittor
    except Exception as exc:  # noqa: BLE001 - e.g. a CUDA runtime Jittor cannot open
        raise BadInput(f"--device cuda: Jittor cannot be imported with CUDA: {exc}") from None
    if not jittor.has_cuda:
        raise BadInput(
            "--device cuda: Jittor has no CUDA (jittor.has_cuda is False: no nvcc found, or nvcc_path is set "
            "empty); use --device cpu"
        )


def _openmp_runtimes() -> list[str]:
    """Paths of the OpenMP runtimes mapped into this process (Linux)."""
    found = []
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.split()[-1] if len(line.split()) >= 6 else ""
                if os.path.basename(path).startswith(("libgomp", "libiomp", "libomp")) and path not in found:
                    found.append(path)
    except OSError:
        pass
    return found


def _set_threads(n: int) -> dict:
    """Give both frameworks n threads and report what each will use."""
    import ctypes

    import torch

    torch.set_num_threads(n)  # ATen's pool, MKL, and omp_set_num_threads() on PyTorch's libgomp
    runtimes = _openmp_runtimes()
    omp_max = []
    for path in runtimes:  # Jittor's oneDNN uses whichever libgomp.so.1 was loaded first: set them all
        try:
            lib = ctypes.CDLL(path)
            lib.omp_set_num_threads(ctypes.c_int(n))
            omp_max.append(int(lib.omp_get_max_threads()))
        except (OSError, AttributeError):
            pass
    return {
        "requested": n,
        "torch_num_threads": torch.get_num_threads(),
        "openmp_max_threads": omp_max[0] if omp_max else None,
        "openmp_runtimes": runtimes,
        "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS"),
        "jittor_note": JITTOR_THREADS_NOTE,
    }


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _environment(device: str, threads: dict) -> dict:
    import jittor
    import numpy
    import torch
    import torchvision

    from .. import __version__

    try:
        import jittor.compile_extern as extern

        jittor_onednn = extern.mkl_ops is not None
    except Exception:  # noqa: BLE001
        jittor_onednn = None
    return {
        "device": device,
        "device_name": torch.cuda.get_device_name(0) if device == "cuda" else _cpu_model(),
        "cpu": _cpu_model(),
        "cpu_count": os.cpu_count(),
        "cpus_available": _cpus(),
        "threads": threads,
        "python": platform.python_version(),
        "torch": torch.__version__,
        "torchvision": torchvision.__version__,
        "jittor": jittor.__version__,
        "numpy": numpy.__version__,
        "torch2jittor": __version__,
        "jittor_uses_onednn": jittor_onednn,
        "jittor_flags": {"use_cuda": jittor.flags.use_cuda,
                         "use_parallel_op_compiler": jittor.flags.use_parallel_op_compiler},
        "platform": platform.platform(),
        "load_average_at_start": _loadavg(),
    }


def _loadavg():
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


# --- models ---------------------------------------------------------------------------------------
class Models:
    """Builds (PyTorch, converted Jittor, hand-written Jittor or None) for one model name."""

    def __init__(self, device: str, seed: int):
        self.device = device
        self.seed = seed
        self.scratch = tempfile.mkdtemp(prefix="t2j-bench-")
        self.converted_files: set[str] = set()

    def close(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)

    def build(self, name: str, path: str | None, builder: str):
        import torch

        torch.manual_seed(self.seed)
        if path is None:
            pt_model, jt_model = self._torchvision(builder)
        else:
            pt_model, jt_model = self._user_file(path, builder)
        handwritten, note = self._handwritten(builder) if path is None else (None, "no jittor.models counterpart for a user file")
        if self.device == "cuda":
            pt_model = pt_model.cuda()
        pt_model.eval()
        jt_model.eval()
        return pt_model, jt_model, handwritten, note

    def _torchvision(self, builder: str):
        import torchvision

        from .torchvision_models import BUILDER_FILE, convert_torchvision_files, import_converted

        file = BUILDER_FILE[builder]
        if file not in self.converted_files:
            convert_torchvision_files([file], self.scratch)
            self.converted_files.add(file)
        module = import_converted(file, self.scratch)
        pt_model = getattr(torchvision.models, builder)(weights=None)
        jt_model = getattr(module, builder)(weights=None)
        return pt_model, jt_model

    def _user_file(self, path: str, builder: str):
        from .verify import _load_module

        folder = os.path.dirname(os.path.abspath(path))
        stem = os.path.splitext(os.path.basename(path))[0]
        out = tempfile.mkdtemp(prefix=f"{stem}-", dir=self.scratch)
        _convert_folder(folder, os.path.basename(path), out)
        try:
            pt_module = _load_module(path, f"t2j_bench_pytorch_{stem}", folder)
            pt_model = getattr(pt_module, builder)()
        except Exception as exc:  # noqa: BLE001 - the user's own PyTorch code failed: bad input
            raise BadInput(f"{path}: building the PyTorch model {builder}() failed: {exc!r}") from None
        jt_module = _load_module(os.path.join(out, stem + ".py"), f"t2j_bench_jittor_{stem}", out)
        return pt_model, getattr(jt_module, builder)()

    @staticmethod
    def _handwritten(builder: str):
        import jittor.models

        make = getattr(jittor.models, builder, None)
        if make is None:
            return None, f"jittor.models has no {builder}"
        model = make()
        model.eval()
        return model, None


def _convert_folder(folder: str, main_file: str, out: str) -> None:
    """Convert main_file and its sibling modules (which it may import) into out, as `verify` does."""
    from ..diagnostics import ConversionError
    from .verify import convert_with_siblings

    try:
        convert_with_siblings(folder, main_file, out)
    except (ConversionError, UnicodeError, OSError) as exc:
        raise BadInput(f"{os.path.join(folder, main_file)}: cannot convert: {exc}") from None


def _load_weights(pt_model, jt_model) -> str | None:
    """Copy PyTorch's state_dict into a Jittor model; return why not, or None when it took them all."""
    from .verify import IGNORED_KEYS, transfer_weights

    pt_shapes = {k: tuple(v.shape) for k, v in pt_model.state_dict().items() if not k.endswith(IGNORED_KEYS)}
    jt_shapes = {k: tuple(v.shape) for k, v in jt_model.state_dict().items()}
    only_pt, only_jt = sorted(set(pt_shapes) - set(jt_shapes)), sorted(set(jt_shapes) - set(pt_shapes))
    shapes = sorted(k for k in set(pt_shapes) & set(jt_shapes) if pt_shapes[k] != jt_shapes[k])
    if only_pt or only_jt or shapes:
        parts = []
        if only_pt:
            parts.append(f"{len(only_pt)} key(s) only in PyTorch, e.g. {only_pt[:3]}")
        if only_jt:
            parts.append(f"{len(only_jt)} key(s) only in Jittor, e.g. {only_jt[:3]}")
        if shapes:
            parts.append(f"{len(shapes)} shape(s) differ, e.g. {shapes[0]}: {pt_shapes[shapes[0]]} vs {jt_shapes[shapes[0]]}")
        return "; ".join(parts)
    transfer_weights(pt_model, jt_model)
    return None


# --- timing ---------------------------------------------------------------------------------------
class Runner:
    """One framework's model and input for one batch size: warm-up and timed loops."""

    def __init__(self, kind: str, model, image, device: str):
        self.kind = kind
        self.model = model
        self.device = device
        self.output = None
        if kind == "pytorch":
            import torch

            self.torch = torch
            self.input = torch.from_numpy(image.copy())
            if device == "cuda":
                self.input = self.input.cuda()
        else:
            import jittor

            self.jt = jittor
            self.input = jittor.array(image)

    def _call_once(self):
        if self.kind == "pytorch":
            with self.torch.no_grad():
                out = self.model(self.input)
            if self.device == "cuda":
                self.torch.cuda.synchronize()
            return out
        with self.jt.no_grad():
            out = self.model(self.input)
            out.sync()
        return out

    def warm_up(self, count: int | None) -> float:
        """Untimed calls (fixed count, or auto); returns the last call's duration in seconds."""
        spent_after_first, n, last = 0.0, 0, 0.0
        while True:
            start = time.perf_counter()
            self.output = self._call_once()
            last = time.perf_counter() - start
            n += 1
            if n > 1:
                spent_after_first += last
            if count is not None:
                if n >= count:
                    break
            elif n >= WARMUP_MAX or (n >= WARMUP_MIN and spent_after_first >= WARMUP_BUDGET_S):
                break
        if self.kind != "pytorch":
            self.jt.sync_all(True)
        self.warmup_calls = n
        return last

    def output_numpy(self):
        out = self.output
        return out.detach().cpu().numpy() if self.kind == "pytorch" else out.numpy()

    def timed(self, turns: int) -> float:
        """Seconds per call over one timed loop of `turns` calls."""
        if self.kind == "pytorch":
            torch = self.torch
            with torch.no_grad():
                if self.device == "cuda":
                    torch.cuda.synchronize()
                start = time.perf_counter()
                for _ in range(turns):
                    out = self.model(self.input)
                if self.device == "cuda":
                    torch.cuda.synchronize()
                end = time.perf_counter()
        else:
            jt = self.jt
            with jt.no_grad():
                jt.sync_all(True)
                start = time.perf_counter()
                for _ in range(turns):
                    out = self.model(self.input)
                    out.sync()
                jt.sync_all(True)
                end = time.perf_counter()
        self.output = out
        return (end - start) / turns


def _stats(seconds: list[float], batch: int) -> dict:
    ms = [s * 1000 for s in seconds]
    return {
        "ms_median": statistics.median(ms),
        "ms_min": min(ms),
        "ms_max": max(ms),
        "fps_median": batch * 1000 / statistics.median(ms),
        "fps_min": batch * 1000 / max(ms),
        "fps_max": batch * 1000 / min(ms),
        "ms_per_repeat": ms,
    }


class Progress:
    def __init__(self, total: int):
        self.total, self.done, self.tty = total, 0, sys.stderr.isatty()
        self.started = time.perf_counter()

    def say(self, text: str, step: bool = False, detail: bool = False) -> None:
        """One status line: overwritten in place on a terminal; in a log, sub-steps (detail) are left out."""
        if step:
            self.done += 1
        if detail and not self.tty:
            return
        line = f"[{self.done}/{self.total} {time.perf_counter() - self.started:5.0f}s] {text}"
        if self.tty:
            sys.stderr.write("\r\033[K" + line)
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.tty:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def bench_one(name, pt_model, jt_model, handwritten, batch, args, progress) -> dict:
    """Warm up and time every framework for one model and batch size."""
    import numpy as np

    from .verify import seed_relative_error

    load = _loadavg()  # other processes on the CPUs make every figure noisy: keep a record
    image = np.random.RandomState(args.seed + batch).random_sample(
        (batch, 3, args.image_size, args.image_size)).astype("float32")
    runners = {"pytorch": Runner("pytorch", pt_model, image, args.device),
               "jittor_converted": Runner("jittor_converted", jt_model, image, args.device)}
    if handwritten is not None:
        runners["jittor_handwritten"] = Runner("jittor_handwritten", handwritten, image, args.device)
    last, handwritten_error = {}, None
    for kind in list(runners):
        progress.say(f"{name} batch {batch}: warm-up {LABELS[kind]}", detail=True)
        try:
            last[kind] = runners[kind].warm_up(args.warmup_n)
        except Exception as exc:  # noqa: BLE001
            if kind == "pytorch":
                raise BadInput(f"{name}: the PyTorch model failed on input {image.shape}: {exc!r}") from None
            if kind == "jittor_converted":
                raise ConvertedFailed(f"{name}: the converted Jittor model raised {exc!r} on input {image.shape}") from None
            handwritten_error = f"{name}: the hand-written jittor.models model raised {exc!r} on input {image.shape}: not timed"
            del runners[kind]
    expected = runners["pytorch"].output_numpy()
    errors = {}
    for kind in ("jittor_converted", "jittor_handwritten"):
        if kind in runners:
            actual = runners[kind].output_numpy()
            errors[kind] = seed_relative_error(expected, actual) if actual.shape == expected.shape else math.inf
    turns = args.turns_n or max(AUTO_MIN_TURNS, min(AUTO_MAX_TURNS, math.ceil(AUTO_LOOP_S / max(max(last.values()), 1e-6))))
    seconds = {kind: [] for kind in runners}
    for r in range(args.repeats):
        for kind, runner in runners.items():  # interleaved: PT, JT converted, JT hand-written, PT, ...
            progress.say(f"{name} batch {batch}: repeat {r + 1}/{args.repeats} {LABELS[kind]} ({turns} calls)", detail=True)
            seconds[kind].append(runner.timed(turns))
    frameworks = {kind: dict(_stats(s, batch), warmup_calls=runners[kind].warmup_calls) for kind, s in seconds.items()}
    for kind in frameworks:
        frameworks[kind]["rel_err_vs_pytorch"] = errors.get(kind)
    # Speed ratios are paired: each repeat times the frameworks back to back, so a burst of background
    # load hits both sides of a ratio; the median over repeats then discards the burst.
    def speedup(kind, baseline):
        return statistics.median(b / a for a, b in zip(seconds[kind], seconds[baseline]))

    ratios = {}
    for kind in ("jittor_converted", "jittor_handwritten"):
        if kind in frameworks:
            frameworks[kind]["speed_vs_pytorch"] = speedup(kind, "pytorch")
    if "jittor_handwritten" in frameworks:
        ratios["converted_over_handwritten"] = speedup("jittor_converted", "jittor_handwritten")
        frameworks["jittor_converted"]["speed_vs_handwritten"] = ratios["converted_over_handwritten"]
        ratios["handwritten_over_pytorch"] = frameworks["jittor_handwritten"]["speed_vs_pytorch"]
    ratios["converted_over_pytorch"] = frameworks["jittor_converted"]["speed_vs_pytorch"]
    return {
        "model": name,
        "batch_size": batch,
        "load_average": load,
        "input_shape": list(image.shape),
        "output_shape": list(expected.shape),
        "turns": turns,
        "repeats": args.repeats,
        "frameworks": frameworks,
        "ratios": ratios,
        "rel_err_converted": errors["jittor_converted"],
        "rel_err_handwritten": errors.get("jittor_handwritten"),
        "handwritten_error": handwritten_error,
    }


class ConvertedFailed(Exception):
    """The converted Jittor model raised: that is the finding (exit 1)."""


# --- reporting ------------------------------------------------------------------------------------
def _fmt_err(x) -> str:
    return "-" if x is None else ("inf" if math.isinf(x) else f"{x:.1e}")


def format_table(results: list[dict]) -> str:
    head = ["model", "batch", "framework", "ms/iter median [min, max]", "FPS median", "vs PyTorch", "conv/hand", "rel err"]
    rows = []
    for res in results:
        first = True
        for kind in FRAMEWORKS:
            f = res["frameworks"].get(kind)
            if f is None:
                continue
            rows.append([
                res["model"] if first else "", str(res["batch_size"]) if first else "", LABELS[kind],
                f"{f['ms_median']:.2f} [{f['ms_min']:.2f}, {f['ms_max']:.2f}]", f"{f['fps_median']:.1f}",
                f"{f['speed_vs_pytorch']:.2f}x" if "speed_vs_pytorch" in f else "",
                f"{f['speed_vs_handwritten']:.2f}x" if "speed_vs_handwritten" in f else "",
                _fmt_err(f.get("rel_err_vs_pytorch")) if kind != "pytorch" else "",
            ])
            first = False
    widths = [max(len(head[i]), *(len(r[i]) for r in rows)) for i in range(len(head))]
    right = {1, 3, 4, 5, 6, 7}

    def line(cells):
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    out = [line(head), line(["-" * w for w in widths])]
    previous = None
    for r in rows:
        if r[0] and previous is not None and r[0] != previous:
            out.append("")
        if r[0]:
            previous = r[0]
        out.append(line(r))
    return "\n".join(out)


def summarize(results: list[dict]) -> dict:
    """Per model: geometric means over batch sizes of the speed ratios."""
    summary = {}
    for res in results:
        entry = summary.setdefault(res["model"], {k: [] for k in ("converted_over_handwritten", "converted_over_pytorch", "handwritten_over_pytorch")})
        for key, value in res["ratios"].items():
            entry[key].append(value)
    return {
        model: {key: (math.exp(sum(map(math.log, vals)) / len(vals)) if vals else None) for key, vals in entry.items()}
        for model, entry in summary.items()
    }


def format_summary(summary: dict) -> str:
    head = ["model", "converted/hand-written", "converted Jittor/PyTorch", "hand-written Jittor/PyTorch"]
    rows = [[m] + [f"{v[k]:.2f}x" if v[k] is not None else "-" for k in ("converted_over_handwritten", "converted_over_pytorch", "handwritten_over_pytorch")]
            for m, v in summary.items()]
    widths = [max(len(head[i]), *(len(r[i]) for r in rows)) for i in range(len(head))]
    fmt = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))  # noqa: E731
    return "\n".join(["speed ratios (FPS; per batch size the median of per-repeat ratios, here their geometric mean over "
                      "batch sizes; above 1 = the first is faster):",
                      fmt(head), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows])


CSV_FIELDS = ["model", "batch_size", "framework", "turns", "repeats", "warmup_calls", "ms_median", "ms_min", "ms_max",
              "fps_median", "fps_min", "fps_max", "speed_vs_pytorch", "speed_vs_handwritten", "rel_err_vs_pytorch",
              "device", "threads"]


def write_csv(path: str, results: list[dict], env: dict) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for res in results:
        for kind in FRAMEWORKS:
            f = res["frameworks"].get(kind)
            if f is None:
                continue
            row = {"model": res["model"], "batch_size": res["batch_size"], "framework": kind, "turns": res["turns"],
                   "repeats": res["repeats"], "device": env["device"], "threads": env["threads"]["requested"]}
            for key in CSV_FIELDS:
                if key in f and key not in row:
                    value = f[key]
                    row[key] = f"{value:.6g}" if isinstance(value, float) else value
            writer.writerow(row)
    with open(path, "w", newline="") as handle:
        handle.write(buffer.getvalue())


def plot(path: str, results: list[dict], env: dict, settings: dict) -> None:
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    # Jittor's compiled code turns on flush-to-zero, which numpy's finfo (used by matplotlib) warns about.
    warnings.filterwarnings("ignore", message="The value of the smallest subnormal")
    import matplotlib.pyplot as plt

    models = list(dict.fromkeys(r["model"] for r in results))
    ncols = min(3, len(models))
    nrows = math.ceil(len(models) / ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(max(6.0, 4.6 * ncols), 3.6 * nrows + (0.6 if len(models) % ncols else 1.0)), squeeze=False)
    style = {"pytorch": dict(color="#d62728", marker="o"), "jittor_converted": dict(color="#1f77b4", marker="s"),
             "jittor_handwritten": dict(color="#2ca02c", marker="^", linestyle="--")}
    for ax, model in zip(axes.flat, models):
        rows = sorted((r for r in results if r["model"] == model), key=lambda r: r["batch_size"])
        sizes = [r["batch_size"] for r in rows]
        for kind in FRAMEWORKS:
            pts = [(r["batch_size"], r["frameworks"][kind]) for r in rows if kind in r["frameworks"]]
            if not pts:
                continue
            x = [p[0] for p in pts]
            y = [p[1]["fps_median"] for p in pts]
            err = [[p[1]["fps_median"] - p[1]["fps_min"] for p in pts], [p[1]["fps_max"] - p[1]["fps_median"] for p in pts]]
            ax.errorbar(x, y, yerr=err, label=LABELS[kind], capsize=3, linewidth=1.6, markersize=5, **style[kind])
        ax.set_title(os.path.basename(model) if ":" not in model else model.rsplit("/", 1)[-1], fontsize=11)
        if len(sizes) > 1:
            ax.set_xscale("log", base=2)
        ax.set_xticks(sizes)
        ax.set_xticklabels([str(s) for s in sizes])
        ax.minorticks_off()
        ax.set_ylim(bottom=0)
        ax.set_xlabel("batch size")
        ax.set_ylabel("FPS (images/s)")
        ax.grid(True, alpha=0.3)
    spare = list(axes.flat)[len(models):]
    for ax in spare:
        ax.axis("off")
    handles, labels = axes.flat[0].get_legend_handles_labels()
    if spare:  # the legend takes an empty panel
        spare[0].legend(handles, labels, loc="center", frameon=False, fontsize=11)
    else:
        fig.legend(handles, labels, loc="lower center", ncol=3, frameon=False, fontsize=10)
    threads = env["threads"]["requested"]
    fig.suptitle(f"Forward speed (FPS vs. batch size): PyTorch vs. Jittor\n{env['device_name']} ({env['device']}, "
                 f"{threads} threads), {settings['image_size']}x{settings['image_size']} input, median of "
                 f"{settings['repeats']} timed loops, bars min-max", fontsize=10)
    fig.tight_layout(rect=(0, 0 if spare else 0.06, 1, 1))
    fig.savefig(path, dpi=110)
    plt.close(fig)


# --- the command ----------------------------------------------------------------------------------
def bench_command(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        return _run(args)
    except BadInput as exc:
        print(f"\nerror: {exc}" if sys.stderr.isatty() else f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _run(args) -> int:
    started = time.perf_counter()
    models = _parse_models(args.models)
    batch_sizes = _parse_sizes(args.batch_sizes)
    args.turns_n = _auto_or_int(args.turns, "--turns", 1)
    args.warmup_n = _auto_or_int(args.warmup, "--warmup", 1)
    if args.repeats < 1:
        raise BadInput("--repeats must be at least 1")
    if args.image_size < 1:
        raise BadInput("--image-size must be positive")
    threads = args.threads or _cpus()
    if threads < 1:
        raise BadInput("--threads must be at least 1")
    if args.device == "cpu" and "torch" not in sys.modules and "jittor" not in sys.modules:
        os.environ["OMP_NUM_THREADS"] = str(threads)  # read once, when the OpenMP runtime starts
    prepare_jittor(cuda=args.device == "cuda")  # before the first import of jittor
    if args.device == "cuda":
        _check_cuda()  # before any work

    import torch  # first: Jittor's own notes say importing PyTorch first avoids an MKL clash

    import jittor

    jittor.flags.use_cuda = 1 if args.device == "cuda" else 0
    thread_info = _set_threads(threads) if args.device == "cpu" else {"requested": threads, "torch_num_threads": torch.get_num_threads()}
    env = _environment(args.device, thread_info)
    settings = {"models": [m[0] for m in models], "batch_sizes": batch_sizes, "turns": args.turns_n or "auto",
                "warmup": args.warmup_n or "auto",
                "repeats": args.repeats, "device": args.device, "threads": threads, "image_size": args.image_size,
                "seed": args.seed, "tolerance": TOLERANCE}
    notes = []
    load = env["load_average_at_start"]
    if args.device == "cpu" and load and load[0] > 0.5 * _cpus():
        notes.append(f"load average {load[0]:.2f} at the start on {_cpus()} CPU(s): other processes compete for "
                     "the CPUs, so the figures are noisy (see load_average per result in results.json)")
        print(f"warning: {notes[-1]}", file=sys.stderr)
    progress = Progress(len(models) * len(batch_sizes))
    factory = Models(args.device, args.seed)
    results, failures = [], []
    try:
        for name, path, builder in models:
            progress.say(f"{name}: converting and building the models")
            try:
                pt_model, jt_model, handwritten, note = factory.build(name, path, builder)
            except BadInput:
                raise
            except Exception as exc:  # noqa: BLE001 - building the converted model failed: a finding
                failures.append(f"{name}: building the converted Jittor model raised {exc!r}")
                progress.done += len(batch_sizes)
                continue
            why = _load_weights(pt_model, jt_model)
            if why:
                notes.append(f"{name}: the converted model did not take PyTorch's state_dict as is ({why})")
            if handwritten is not None:
                why = _load_weights(pt_model, handwritten)
                if why:
                    note = f"jittor.models.{builder} cannot take PyTorch's state_dict ({why}): not timed"
                    handwritten = None
            if note:
                notes.append(f"{name}: {note}")
            for batch in batch_sizes:
                progress.say(f"{name} batch {batch}", step=True)
                try:
                    res = bench_one(name, pt_model, jt_model, handwritten, batch, args, progress)
                except ConvertedFailed as exc:
                    failures.append(str(exc))
                    continue
                if res["handwritten_error"]:
                    notes.append(res["handwritten_error"])
                    handwritten = None
                if not res["rel_err_converted"] < TOLERANCE:
                    failures.append(f"{name} batch {batch}: converted model's relative error {_fmt_err(res['rel_err_converted'])} "
                                    f"exceeds {TOLERANCE:g}")
                if res["rel_err_handwritten"] is not None and not res["rel_err_handwritten"] < TOLERANCE:
                    notes.append(f"{name} batch {batch}: jittor.models.{builder} differs from PyTorch "
                                 f"(relative error {_fmt_err(res['rel_err_handwritten'])})")
                results.append(res)
            del pt_model, jt_model, handwritten
            gc.collect()
            jittor.gc()
            if args.device == "cuda":
                torch.cuda.empty_cache()
    finally:
        factory.close()
        progress.finish()

    env["load_average_at_end"] = _loadavg()
    env["wall_s"] = round(time.perf_counter() - started, 1)
    summary = summarize(results)
    if results:
        print(f"{env['device_name']} ({args.device}), {threads} threads, input {args.image_size}x{args.image_size}, "
              f"median of {args.repeats} timed loop(s) per framework [min, max]")
        print()
        print(format_table(results))
        print()
        print(format_summary(summary))
    for note in notes:
        print(f"note: {note}")
    for failure in failures:
        print(f"FAIL: {failure}")
    os.makedirs(args.out, exist_ok=True)
    report = {"settings": settings, "environment": env, "results": results, "summary": summary,
              "notes": notes, "failures": failures}
    with open(os.path.join(args.out, "results.json"), "w") as handle:
        json.dump(_finite(report), handle, indent=1, default=_json_default)
        handle.write("\n")
    write_csv(os.path.join(args.out, "results.csv"), results, env)
    if results:
        plot(os.path.join(args.out, "fps.png"), results, env, settings)
    print(f"wrote {', '.join(os.path.join(args.out, f) for f in ('results.json', 'results.csv', 'fps.png') if os.path.exists(os.path.join(args.out, f)))} "
          f"({env['wall_s']:.0f} s)", file=sys.stderr)
    return EXIT_MISMATCH if failures else EXIT_OK


def _json_default(value):
    return str(value)


def _finite(value):
    """JSON has no Infinity/NaN: write them as strings."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value

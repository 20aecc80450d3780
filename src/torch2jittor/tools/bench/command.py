"""`torch2jittor bench`: the options, and the run from models to the written report."""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time

from .. import prepare_jittor
from .common import (AUTO_LOOP_S, AUTO_MAX_TURNS, AUTO_MIN_TURNS, DEFAULT_BATCH_SIZES, DEFAULT_MODELS, EXIT_BAD_INPUT,
                     EXIT_MISMATCH, EXIT_OK, TOLERANCE, WARMUP_BUDGET_S, WARMUP_MAX, WARMUP_MIN, BadInput, ConvertedFailed)
from .environment import check_cuda, cpus, environment_record, loadavg, set_threads
from .measure import Progress, bench_one
from .models import Models, load_weights
from .report import fmt_err, format_summary, format_table, plot, summarize, write_csv, write_json

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
                        help="CPU threads for both frameworks (default: all CPUs available, here %d)" % cpus())
    parser.add_argument("--image-size", type=int, default=224, help="input height and width (default: 224)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the weights and of the inputs")
    parser.add_argument("--out", default="bench-out", help="folder for results.json, results.csv, fps.png (default: %(default)s)")
    return parser


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
    from ..torchvision_models import BUILDER_FILE

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
    threads = args.threads or cpus()
    if threads < 1:
        raise BadInput("--threads must be at least 1")
    if args.device == "cpu" and "torch" not in sys.modules and "jittor" not in sys.modules:
        os.environ["OMP_NUM_THREADS"] = str(threads)  # read once, when the OpenMP runtime starts
    prepare_jittor(cuda=args.device == "cuda")  # before the first import of jittor
    if args.device == "cuda":
        check_cuda()  # before any work

    import torch  # first: Jittor's own notes say importing PyTorch first avoids an MKL clash

    import jittor

    jittor.flags.use_cuda = 1 if args.device == "cuda" else 0
    thread_info = set_threads(threads) if args.device == "cpu" else {"requested": threads, "torch_num_threads": torch.get_num_threads()}
    env = environment_record(args.device, thread_info)
    settings = {"models": [m[0] for m in models], "batch_sizes": batch_sizes, "turns": args.turns_n or "auto",
                "warmup": args.warmup_n or "auto",
                "repeats": args.repeats, "device": args.device, "threads": threads, "image_size": args.image_size,
                "seed": args.seed, "tolerance": TOLERANCE}
    notes = []
    load = env["load_average_at_start"]
    if args.device == "cpu" and load and load[0] > 0.5 * cpus():
        notes.append(f"load average {load[0]:.2f} at the start on {cpus()} CPU(s): other processes compete for "
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
            why = load_weights(pt_model, jt_model)
            if why:
                notes.append(f"{name}: the converted model did not take PyTorch's state_dict as is ({why})")
            if handwritten is not None:
                why = load_weights(pt_model, handwritten)
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
                    failures.append(f"{name} batch {batch}: converted model's relative error {fmt_err(res['rel_err_converted'])} "
                                    f"exceeds {TOLERANCE:g}")
                if res["rel_err_handwritten"] is not None and not res["rel_err_handwritten"] < TOLERANCE:
                    notes.append(f"{name} batch {batch}: jittor.models.{builder} differs from PyTorch "
                                 f"(relative error {fmt_err(res['rel_err_handwritten'])})")
                results.append(res)
            del pt_model, jt_model, handwritten
            gc.collect()
            jittor.gc()
            if args.device == "cuda":
                torch.cuda.empty_cache()
    finally:
        factory.close()
        progress.finish()

    env["load_average_at_end"] = loadavg()
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
    write_json(os.path.join(args.out, "results.json"), report)
    write_csv(os.path.join(args.out, "results.csv"), results, env)
    if results:
        plot(os.path.join(args.out, "fps.png"), results, env, settings)
    print(f"wrote {', '.join(os.path.join(args.out, f) for f in ('results.json', 'results.csv', 'fps.png') if os.path.exists(os.path.join(args.out, f)))} "
          f"({env['wall_s']:.0f} s)", file=sys.stderr)
    return EXIT_MISMATCH if failures else EXIT_OK

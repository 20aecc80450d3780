"""Warm-up and timed loops, frameworks interleaved; one result per model and batch size."""
from __future__ import annotations

import math
import statistics
import sys
import time

from .common import (AUTO_LOOP_S, AUTO_MAX_TURNS, AUTO_MIN_TURNS, LABELS, WARMUP_BUDGET_S, WARMUP_MAX, WARMUP_MIN,
                     BadInput, ConvertedFailed)
from .environment import loadavg


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

    from ..verify import seed_relative_error

    load = loadavg()  # other processes on the CPUs make every figure noisy: keep a record
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

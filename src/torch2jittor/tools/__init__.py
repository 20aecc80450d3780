"""Tools around the converter: verify, bench, corpus, coverage, checkpoints, torchvision models."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Callable


def prepare_jittor(cuda: bool = False) -> None:
    """Jittor's settings for the tools that run it in the user's process, as the test suite runs it.

    Jittor reads them from the environment when it is first imported, so this comes before that;
    a setting the user made is kept. Jittor's parallel op compiler (a thread pool) segfaulted and
    deadlocked runs here (resnext50_32x4d among them): off unless asked for. `nvcc_path=""` keeps
    Jittor off CUDA where nvcc exists without a usable GPU (cuda=False).
    """
    if not cuda:
        os.environ.setdefault("nvcc_path", "")
    os.environ.setdefault("log_silent", "1")
    os.environ.setdefault("use_parallel_op_compiler", "0")
    jittor = sys.modules.get("jittor")
    if jittor is not None:  # imported already (by the user's code): the flag can still be set
        jittor.flags.use_parallel_op_compiler = int(os.environ["use_parallel_op_compiler"])


def write_or_check(prog: str, render: Callable[[], str], argv=None, description: str | None = None) -> int:
    """The CLI of a generated file: `--write FILE` writes `render()`; `--check FILE` exits 1 (and
    says how to regenerate it) when FILE is missing or differs from it."""
    parser = argparse.ArgumentParser(prog=f"python -m {prog}", description=description)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", metavar="FILE")
    group.add_argument("--check", metavar="FILE")
    args = parser.parse_args(argv)
    text = render()
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            fh.write(text)
        return 0
    try:
        with open(args.check, encoding="utf-8") as fh:
            current = fh.read()
    except OSError:
        current = ""
    if current != text:
        print(f"{args.check} is out of date: run python -m {prog} --write {args.check}", file=sys.stderr)
        return 1
    return 0

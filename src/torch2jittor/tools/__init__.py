"""Tools around the converter: verify, bench, corpus, coverage, checkpoints, torchvision models."""
from __future__ import annotations

import os
import sys


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

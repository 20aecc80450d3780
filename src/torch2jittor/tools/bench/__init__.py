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
* on CPU both frameworks get the same thread count (see `set_threads`).
"""
from __future__ import annotations

from .command import bench_command

__all__ = ["bench_command"]

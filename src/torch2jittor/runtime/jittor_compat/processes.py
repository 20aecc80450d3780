"""torch.multiprocessing's Process, spawn and start methods, for Jittor.

PyTorch's processes share a model through shared memory (`model.share_memory()`): each process
trains the one set of parameters (Hogwild), and the parent then reads what they trained. Jittor's
Vars live in memory Jittor manages in its own process and cannot be shared with another process,
so a child process would train a copy and the parent would see nothing of it. Here a Process runs
its target in the calling process instead, to its end when started: the parameters are shared as
PyTorch's are (they are the same objects), and one process computes exactly what PyTorch's one
child process computes. Several processes run one after another, not at the same time (the
converter notes it at each call).
"""
from __future__ import annotations

import os
import sys
import traceback

_START_METHODS = ("fork", "spawn", "forkserver")


def _state() -> dict:
    import jittor as jt

    # on jt: every copy of the helper package in a process shares it
    return jt.__dict__.setdefault("_t2j_processes", {"start_method": None, "count": 0})


class Process:
    """multiprocessing.Process's interface; `start()` runs the target here, to its end."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        state = _state()
        state["count"] += 1
        self._target, self._args, self._kwargs = target, tuple(args), dict(kwargs or {})
        self.name = name or f"Process-{state['count']}"
        self.daemon = bool(daemon)
        self.exitcode = None
        self._started = False

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._started:
            raise AssertionError("cannot start a process twice")
        self._started = True
        try:
            self.run()
            self.exitcode = 0
        except SystemExit as exc:  # a child's sys.exit(code) ends the child only
            code = exc.code
            self.exitcode = code if isinstance(code, int) else (0 if code is None else 1)
        except Exception:  # noqa: BLE001 - a child's error ends the child, printed as Python's multiprocessing does
            print(f"Process {self.name}:", file=sys.stderr)
            traceback.print_exc()
            self.exitcode = 1

    def join(self, timeout=None):
        if not self._started:
            raise AssertionError("can only join a started process")

    def is_alive(self):
        return False

    @property
    def pid(self):
        return os.getpid() if self._started else None

    @property
    def ident(self):
        return self.pid

    def terminate(self):
        pass

    def kill(self):
        pass

    def close(self):
        pass


def set_start_method(method, force=False):
    if method is None and force:  # Python's reset to the platform's default
        _state()["start_method"] = None
        return
    if method not in _START_METHODS:
        raise ValueError(f"cannot find context for {method!r}")
    state = _state()
    if state["start_method"] is not None and not force:
        raise RuntimeError("context has already been set")
    state["start_method"] = method


def get_start_method(allow_none=False):
    method = _state()["start_method"]
    if method is None and not allow_none:
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        _state()["start_method"] = method
    return method


def get_all_start_methods():
    return list(_START_METHODS) if os.name == "posix" else ["spawn"]


class ProcessRaisedException(Exception):
    """torch.multiprocessing.spawn's error for a process whose function raised."""

    def __init__(self, msg, error_index=0, error_pid=None):
        super().__init__(msg)
        self.error_index, self.pid = error_index, error_pid


def spawn(fn, args=(), nprocs=1, daemon=False, start_method="spawn"):
    """fn(i, *args) for each process index i, one after another in this process; an error is
    raised as torch.multiprocessing.spawn raises it (ProcessRaisedException, the traceback in its
    message)."""
    for i in range(nprocs):
        try:
            fn(i, *args)
        except Exception as exc:  # noqa: BLE001 - re-raised as PyTorch's spawn raises a child's error
            message = f"\n\n-- Process {i} terminated with the following error:\n{traceback.format_exc()}"
            raise ProcessRaisedException(message, i, os.getpid()) from exc
    return None

"""torch.multiprocessing (Process, spawn, start methods) -> the helper package's processes.py.

Jittor's Vars cannot be shared with another process (PyTorch's `model.share_memory()`), so a
process runs its target in the calling process, one after another: the parameters are shared as
PyTorch's are and one process computes what PyTorch's computes, but processes never run at the
same time. The converter says so at each call (the entries' note).
torch.multiprocessing.spawn (its function pickled by reference: no run-both test here yet), queues,
pools, managers and the rest of Python's multiprocessing stay reported.
"""
from .schema import helper

_IN_PROCESS = ("Jittor's Vars cannot be shared with another process: each process runs its target in the "
               "calling process, to its end when started (parameters shared as with share_memory(); several "
               "processes run one after another, not at the same time)")

ENTRIES = {
    "torch.multiprocessing.Process": helper("group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None",
                                            "Process", note=_IN_PROCESS),
    "torch.multiprocessing.start_processes": helper(
        "fn, args=(), nprocs=1, join=True, daemon=False, start_method='spawn'", "spawn", unsupported=("join",),
        note=_IN_PROCESS),
    "torch.multiprocessing.ProcessRaisedException": helper("msg, error_index, error_pid", "ProcessRaisedException"),
    "torch.multiprocessing.set_start_method": helper("method, force=False", "set_start_method"),
    "torch.multiprocessing.get_start_method": helper("allow_none=False", "get_start_method"),
    "torch.multiprocessing.get_all_start_methods": helper("", "get_all_start_methods"),
}

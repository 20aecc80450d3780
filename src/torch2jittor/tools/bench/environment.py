"""The machine: CPU threads given to both frameworks, GPU check, and the record of versions and load."""
from __future__ import annotations

import os
import platform

from .common import BadInput

JITTOR_THREADS_NOTE = (
    "Jittor's CPU convolutions and matmuls run in oneDNN on the OpenMP runtime (libgomp), which "
    "PyTorch's own libgomp.so.1 shares in one process: OMP_NUM_THREADS (read at start-up) and "
    "omp_set_num_threads() -- which torch.set_num_threads() calls -- set both. Jittor has no thread "
    "flag of its own; its generated element-wise, pooling and reduction kernels are single-threaded on CPU."
)


def cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def check_cuda() -> None:
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


def set_threads(n: int) -> dict:
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


def environment_record(device: str, threads: dict) -> dict:
    import jittor
    import numpy
    import torch
    import torchvision

    from ... import __version__

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
        "cpus_available": cpus(),
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
        "load_average_at_start": loadavg(),
    }


def loadavg():
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None

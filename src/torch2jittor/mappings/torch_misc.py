"""torch's top-level utilities (runtime/compat_misc.py): math constants, dtype limits, devices,
seeding, CUDA queries, torch.save/torch.load, TorchScript's annotation names."""
from ._schema import entry

_T = "t2j"


def _same(args: str, name: str, module: str = _T) -> dict:
    return entry(args, module, name, args)


TORCH_MISC = {
    **{f"torch.{name}": _same("", name) for name in ("pi", "e", "inf", "nan")},
    "torch.finfo": _same("type=None", "finfo"),
    "torch.iinfo": _same("type", "iinfo"),
    "torch.device": _same("type, index=None", "device"),
    "torch.dtype": _same("", "dtype"),
    "torch.Size": _same("sizes=()", "Size"),
    "torch.get_default_dtype": _same("", "get_default_dtype"),
    "torch.manual_seed": _same("seed", "manual_seed"),
    "torch.random.manual_seed": _same("seed", "manual_seed"),
    "torch.cuda.manual_seed": _same("seed", "manual_seed"),
    "torch.cuda.manual_seed_all": _same("seed", "manual_seed"),
    "torch.cuda.is_available": _same("", "cuda_is_available"),
    "torch.cuda.device_count": _same("", "cuda_device_count"),
    "torch.cuda.synchronize": _same("device=None", "cuda_synchronize"),
    "torch.is_tensor": _same("obj", "is_tensor"),
    "torch._check": _same("cond, message=None", "check"),
    "torch.enable_grad": entry("orig_func=None", _T, "enable_grad", "", delete=["orig_func"]),
    "torch.set_grad_enabled": _same("mode", "set_grad_enabled"),
    "torch.is_grad_enabled": _same("", "is_grad_enabled"),
    "torch.save": _same(
        "obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True, "
        "_disable_byteorder_record=False", "save"),
    "torch.load": _same("f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, "
                        "**pickle_load_args", "load"),
    "torch.nn.modules.utils._single": _same("x", "single"),
    "torch.nn.modules.utils._pair": _same("x", "pair"),
    "torch.nn.modules.utils._triple": _same("x", "triple"),
    "torch.nn.modules.utils._quadruple": _same("x", "quadruple"),
    **{f"torch.jit.{name}": _same("", name) for name in ("Final",)},
    **{f"torch.jit.annotations.{name}": _same("", name) for name in ("List", "Tuple", "Dict", "Optional")},
}

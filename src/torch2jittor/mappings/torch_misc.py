"""torch's top-level utilities (runtime/compat_misc.py): math constants, dtype limits, devices,
seeding, CUDA queries, torch.save/torch.load, TorchScript's annotation names."""
from ._schema import entry, helper_entry

_T = "t2j"




TORCH_MISC = {
    **{f"torch.{name}": helper_entry("", name) for name in ("pi", "e", "inf", "nan")},
    "torch.finfo": helper_entry("type=None", "finfo"),
    "torch.iinfo": helper_entry("type", "iinfo"),
    "torch.device": helper_entry("type, index=None", "device"),
    "torch.dtype": helper_entry("", "dtype"),
    "torch.Size": helper_entry("sizes=()", "Size"),
    "torch.get_default_dtype": helper_entry("", "get_default_dtype"),
    "torch.manual_seed": helper_entry("seed", "manual_seed"),
    "torch.random.manual_seed": helper_entry("seed", "manual_seed"),
    "torch.cuda.manual_seed": helper_entry("seed", "manual_seed"),
    "torch.cuda.manual_seed_all": helper_entry("seed", "manual_seed"),
    "torch.cuda.is_available": helper_entry("", "cuda_is_available"),
    "torch.cuda.device_count": helper_entry("", "cuda_device_count"),
    "torch.cuda.synchronize": helper_entry("device=None", "cuda_synchronize"),
    "torch.is_tensor": helper_entry("obj", "is_tensor"),
    "torch._check": helper_entry("cond, message=None", "check"),
    "torch.enable_grad": entry("orig_func=None", _T, "enable_grad", "", delete=["orig_func"]),
    "torch.set_grad_enabled": helper_entry("mode", "set_grad_enabled"),
    "torch.is_grad_enabled": helper_entry("", "is_grad_enabled"),
    "torch.save": helper_entry(
        "obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True, "
        "_disable_byteorder_record=False", "save"),
    "torch.load": helper_entry("f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, "
                        "**pickle_load_args", "load"),
    "torch.nn.modules.utils._single": helper_entry("x", "single"),
    "torch.nn.modules.utils._pair": helper_entry("x", "pair"),
    "torch.nn.modules.utils._triple": helper_entry("x", "triple"),
    "torch.nn.modules.utils._quadruple": helper_entry("x", "quadruple"),
    **{f"torch.jit.{name}": helper_entry("", name) for name in ("Final",)},
    **{f"torch.jit.annotations.{name}": helper_entry("", name) for name in ("List", "Tuple", "Dict", "Optional")},
}

"""torch.amp (torch/amp/autocast_mode.py, torch/amp/grad_scaler.py) and its torch.cuda.amp / torch.cpu.amp
spellings: mixed precision, which Jittor lacks; the helpers run in full precision (runtime amp.py)."""
from ..schema import helper

_AUTOCAST = "device_type, dtype=None, enabled=True, cache_enabled=None"
_SCALER = "init_scale=65536.0, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000, enabled=True"
_NOTE = "runs in float32: Jittor has no autocast (as PyTorch where autocast is disabled)"

ENTRIES = {
    "torch.autocast": helper(_AUTOCAST, "autocast", note=_NOTE),
    "torch.amp.autocast": helper(_AUTOCAST, "autocast", note=_NOTE),
    "torch.cuda.amp.autocast": helper("enabled=True, dtype=torch.float16, cache_enabled=True", "cuda_autocast",
                                      note=_NOTE),
    "torch.cpu.amp.autocast": helper("enabled=True, dtype=torch.bfloat16, cache_enabled=True", "cpu_autocast",
                                     note=_NOTE),
    "torch.is_autocast_enabled": helper("device_type=None", "is_autocast_enabled"),
    # autocast's settings, read back as set (a context's dtype while entered); enabled is always False, as above
    "torch.get_autocast_dtype": helper("device_type", "get_autocast_dtype"),
    "torch.set_autocast_dtype": helper("device_type, dtype", "set_autocast_dtype"),
    **{f"torch.get_autocast_{d}_dtype": helper("", f"get_autocast_{d}_dtype") for d in ("cpu", "gpu", "ipu", "xla")},
    **{f"torch.set_autocast_{d}_dtype": helper("dtype", f"set_autocast_{d}_dtype") for d in ("cpu", "gpu", "ipu", "xla")},
    **{f"torch.is_autocast_{d}_enabled": helper("", f"is_autocast_{d}_enabled") for d in ("cpu", "ipu", "xla")},
    "torch.is_autocast_cache_enabled": helper("", "is_autocast_cache_enabled"),
    "torch.set_autocast_cache_enabled": helper("enabled", "set_autocast_cache_enabled"),
    "torch.clear_autocast_cache": helper("", "clear_autocast_cache"),
    "torch.amp.GradScaler": helper(f"device='cuda', {_SCALER}", "GradScaler"),
    "torch.cuda.amp.GradScaler": helper(_SCALER, "cuda_grad_scaler"),
    "torch.cuda.OutOfMemoryError": helper("*args", "OutOfMemoryError"),
}

ALIASES = {
    "torch.amp.autocast_mode.autocast": "torch.amp.autocast",
    "torch.amp.grad_scaler.GradScaler": "torch.amp.GradScaler",
    "torch.OutOfMemoryError": "torch.cuda.OutOfMemoryError",
}

UNSUPPORTED = {
    **{f"torch.{name}": "Jittor has no autocast: it cannot be switched on (the helpers run in float32, as PyTorch "
       "with autocast disabled)" for name in (
        "set_autocast_enabled set_autocast_cpu_enabled set_autocast_ipu_enabled set_autocast_xla_enabled").split()},
}

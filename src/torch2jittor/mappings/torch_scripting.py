"""TorchScript/FX/checkpointing helpers -> pass-through stand-ins (module 't2j').

Model code is sprinkled with these to please `torch.jit.script` and `torch.fx`; they carry no
computation, so Jittor code keeps the call with a stand-in of the same behaviour in eager mode.
"""
from ._schema import entry

_T = "t2j"

TORCH_SCRIPTING = {
    "torch.jit.unused": entry("fn", _T, "jit_passthrough", "fn"),
    "torch.jit.ignore": entry("drop=False, **kwargs", _T, "jit_passthrough", "drop=False, **kwargs"),
    "torch.jit.export": entry("fn", _T, "jit_passthrough", "fn"),
    "torch.jit.script": entry("obj, *args, **kwargs", _T, "jit_passthrough", "obj, *args, **kwargs"),
    "torch.jit._overload_method": entry("fn", _T, "jit_passthrough", "fn"),
    "torch.jit.is_scripting": entry("", _T, "is_scripting", ""),
    "torch.jit.is_tracing": entry("", _T, "is_scripting", ""),
    "torch.jit.annotate": entry("the_type, the_value", _T, "annotate", "the_type, the_value"),
    "torch._assert": entry("condition, message", _T, "_assert", "condition, message"),
    "torch.fx.wrap": entry("fn_or_name", _T, "fx_wrap", "fn_or_name"),
    # Activation checkpointing trades compute for memory in training; the forward value is fn(*args).
    "torch.utils.checkpoint.checkpoint": entry(
        "function, *args, use_reentrant=None, **kwargs", _T, "checkpoint", "function, *args, use_reentrant=None, **kwargs"
    ),
}

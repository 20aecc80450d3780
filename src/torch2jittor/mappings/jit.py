"""TorchScript (torch.jit) -> pass-through stand-ins in the helper module.

Model code is sprinkled with these to please `torch.jit.script`; they carry no computation, so
Jittor code keeps the call with a stand-in of the same behaviour in eager mode.
"""
from .schema import entry, helper

ENTRIES = {
    "torch.jit.unused": helper("fn", "jit_passthrough"),
    "torch.jit.ignore": helper("drop=False, **kwargs", "jit_passthrough"),
    "torch.jit.export": helper("fn", "jit_passthrough"),
    "torch.jit.script": helper("obj, *args, **kwargs", "jit_passthrough"),
    "torch.jit.script_method": helper("fn", "jit_passthrough"),
    # a base class: subclasses are plain modules once scripting is gone
    "torch.jit.ScriptModule": entry("*args, **kwargs", "nn", "Module", "*args, **kwargs"),
    "torch.jit._overload_method": helper("fn", "jit_passthrough"),
    "torch.jit.is_scripting": helper("", "is_scripting"),
    "torch.jit.is_tracing": helper("", "is_scripting"),
    "torch.jit.annotate": helper("the_type, the_value", "annotate"),
    # TorchScript's annotation names.
    "torch.jit.Final": helper("", "Final"),
    **{f"torch.jit.annotations.{name}": helper("", name) for name in ("List", "Tuple", "Dict", "Optional")},
}

"""torch.nn.Module (torch/nn/modules/module.py) and its methods.

Jittor's Module has namesakes of most methods that differ from PyTorch's (buffers counted as
parameters, lists instead of iterators, no prefix/memo/remove_duplicate, train() without a mode,
eval() stopping gradients, apply() parents first, load_state_dict() that never raises, one forward
hook per module without a handle) or lacks them (register_parameter, get_submodule, ...): a call on
a module goes to the helper `t2j.module_<method>(module, ...)`, which keeps PyTorch's behaviour on
any Jittor module and calls a converted class's own override instead (rules/module_methods.py
decides which receivers are modules).
"""
from ..schema import entry

_METHODS = {
    "register_buffer": ("name, tensor, persistent=True", "register_module_buffer"),
    "register_parameter": ("name, param", None),
    "register_module": ("name, module", None),
    "add_module": ("name, module", None),
    "get_submodule": ("target", None),
    "get_parameter": ("target", None),
    "get_buffer": ("target", None),
    "named_modules": ("memo=None, prefix='', remove_duplicate=True", None),
    "modules": ("", None),
    "named_children": ("", None),
    "children": ("", None),
    "named_parameters": ("prefix='', recurse=True, remove_duplicate=True", None),
    "parameters": ("recurse=True", None),
    "named_buffers": ("prefix='', recurse=True, remove_duplicate=True", None),
    "buffers": ("recurse=True", None),
    "state_dict": ("*args, destination=None, prefix='', keep_vars=False", None),
    "load_state_dict": ("state_dict, strict=True, assign=False", None),
    "train": ("mode=True", None),
    "eval": ("", None),
    "apply": ("fn", None),
    "register_forward_hook": ("hook, *, prepend=False, with_kwargs=False, always_call=False", None),
    "register_forward_pre_hook": ("hook, *, prepend=False, with_kwargs=False", None),
    # Names tensors have too: converted on proven modules only (float32()/float64() in Jittor).
    "float": ("", None),
    "double": ("", None),
    "half": ("", None),
    "bfloat16": ("", None),
    "type": ("dst_type", None),
    "requires_grad_": ("requires_grad=True", None),
    "set_submodule": ("target, module, strict=False", None),
    "share_memory": ("", None),
    "compile": ("*args, **kwargs", None),
}


def _method(args: str, helper: str) -> dict:
    return entry(args, "t2j", helper, f"self, {args}" if args else "self", rule="module_method")


ENTRIES = {
    "torch.nn.Module": entry("*args, **kwargs", "nn", "Module", "*args, **kwargs"),
    **{f"torch.nn.Module.{name}": _method(args, helper or f"module_{name}") for name, (args, helper) in _METHODS.items()},
}

_NO_BACKWARD_HOOKS = ("Jittor calls no hook with a module's input and output gradients; "
                      "its register_backward_hook covers positional Var inputs only")
UNSUPPORTED = {
    "torch.nn.Module.register_full_backward_hook": _NO_BACKWARD_HOOKS,
    "torch.nn.Module.register_full_backward_pre_hook": _NO_BACKWARD_HOOKS,
    "torch.nn.Module.register_backward_hook": _NO_BACKWARD_HOOKS,
    "torch.nn.Module.register_state_dict_pre_hook": "Jittor's state_dict runs no hooks",
    "torch.nn.Module.register_load_state_dict_post_hook": "Jittor's load_state_dict runs no hooks",
    "torch.nn.Module._register_load_state_dict_pre_hook": "Jittor's load_state_dict runs no hooks",
    "torch.nn.Module._register_state_dict_hook": "Jittor's state_dict runs no hooks",
    "torch.nn.Module.register_state_dict_post_hook": "Jittor's state_dict runs no hooks",
    "torch.nn.Module.register_load_state_dict_pre_hook": "Jittor's load_state_dict runs no hooks",
    "torch.nn.Module.to_empty": "Jittor has no uninitialised (meta) parameters",
    "torch.nn.Module.get_extra_state": "no extra state in Jittor's state_dict",
    "torch.nn.Module.set_extra_state": "no extra state in Jittor's state_dict",
    "torch.nn.Module.ipu": "Jittor places every Var by jt.flags.use_cuda",
    "torch.nn.Module.xpu": "Jittor places every Var by jt.flags.use_cuda",
    "torch.nn.Module.mtia": "Jittor places every Var by jt.flags.use_cuda",
}

"""nn.Module methods on modules: `model.named_modules(prefix="m")` -> `t2j.module_named_modules(model,
prefix="m")`, the helper keeping PyTorch's behaviour (mappings/nn/module.py says where Jittor's
namesakes differ); those Jittor cannot do (backward hooks) are reported.

A receiver is a module when the types prove it (`model = Net()`, a name some module-only method is
called on) or an attribute of one (`model.backbone`), when it is `self`, `self.<attribute>` or
`super()` in a module class, or for a method no tensor, list, dict or
optimizer has (`named_modules`, `register_forward_hook`, ...) whatever the receiver, unless the
file's own classes define a method of that name. The helpers call a non-module's own method, so a
receiver taken for a module by mistake keeps its behaviour.
"""
from __future__ import annotations

import ast

from .. import diagnostics as D
from ..mappings import UNSUPPORTED_REASONS
from ..typeinfer import MODULE_RETURNING_METHODS
from . import METHOD_CALL_CHECK, RECEIVER_MAY_BE_MODULE, register
from .gradients import as_function_call
from .tensor_data import PARAMETER_ATTRIBUTES

# Methods only nn.Module has: the method name is evidence enough of a module receiver.
MODULE_ONLY = frozenset(
    "register_buffer register_parameter register_module add_module get_submodule get_parameter get_buffer "
    "named_modules modules named_children children named_parameters parameters named_buffers buffers "
    "register_forward_hook register_forward_pre_hook register_full_backward_hook register_full_backward_pre_hook "
    "register_backward_hook register_state_dict_pre_hook register_load_state_dict_post_hook "
    "_register_load_state_dict_pre_hook _register_state_dict_hook register_state_dict_post_hook "
    "register_load_state_dict_pre_hook set_submodule to_empty get_extra_state set_extra_state share_memory".split()
)

# Methods tensors have too, with another meaning on a module: on a receiver that may be either
# (`model.backbone.float()`), the helper package decides at run time (receivers.maybe_tensor).
MODULE_SHARED = frozenset("requires_grad_ float double half bfloat16 type cpu cuda".split())


@register(RECEIVER_MAY_BE_MODULE)
def may_be_submodule(conv, receiver: ast.AST, name: str) -> bool:
    """`model.backbone.float()`, `self.encoder.double()` in a module class: an attribute of a module
    may be a submodule, which has the method too, not Jittor's (the helper decides at run time).
    Parameter-named attributes (`self.weight`) are tensors."""
    if name not in MODULE_SHARED:
        return False
    while (isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Attribute)
           and receiver.func.attr in MODULE_SHARED):
        receiver = receiver.func.value  # `m.head.half().float()`: what half() returned, m.head or its value
    if not isinstance(receiver, ast.Attribute):
        return False
    if receiver.attr in PARAMETER_ATTRIBUTES or receiver.attr.endswith(("_weight", "_bias")):
        return False
    root = _root(receiver.value)
    types = conv.ctx.types
    if types.is_tensor(receiver):
        return False
    if conv.ctx.class_is_module and isinstance(root, ast.Name) and root.id == "self":
        return True
    return types.is_module(root)


@register("module_method")
def module_method(fc, call: ast.Call, entry, ctx):
    return None if as_function_call(fc, call, entry.jittor_name, entry.key) else False


def is_module_receiver(call: ast.Call, ctx) -> bool:
    receiver, method = call.func.value, call.func.attr
    root = _root(receiver)
    if ctx.class_is_module and (_is_super(receiver) or (isinstance(root, ast.Name) and root.id == "self")):
        return True  # `self`, `super()`, `self.backbone` in a module class
    types = ctx.types
    if types is None:
        return False
    if types.is_module(receiver) or types.is_module(root):
        return True  # `model`, `model.backbone.head` (an attribute of a module: a submodule)
    return method in MODULE_ONLY and method not in types.class_methods and not _is_super(receiver)


def _root(node: ast.AST) -> ast.AST:
    """`model` of `model.backbone.head`."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return node


def _is_super(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super"


def _applies(fc, call: ast.Call, ctx) -> bool:
    if _reported_before(fc, call):
        return False
    if fc.table.lookup("Tensor." + call.func.attr) is not None:
        return is_proven_module(call, ctx)  # `x.float()`: a tensor's unless the module is certain
    return is_module_receiver(call, ctx)


def is_proven_module(call: ast.Call, ctx) -> bool:
    """`self`/`super()` in a module class, or a name or call the types prove gives a module (never
    one they take for a tensor): for methods tensors have too (`float`, `requires_grad_`).
    `nn.Linear(4, 3).double()` is a module's call; `net[0].float()` an item of a module (a layer of
    a Sequential; a ParameterList's item is a tensor, whose own method the helper calls)."""
    receiver = call.func.value
    if ctx.class_is_module and (_is_super(receiver) or (isinstance(receiver, ast.Name) and receiver.id == "self")):
        return True
    return is_module_item(receiver, ctx) or _is_typed_module(receiver, ctx)


def _is_typed_module(node: ast.AST, ctx) -> bool:
    types = ctx.types
    return (types is not None and isinstance(node, (ast.Name, ast.Call)) and types.is_module(node)
            and not types.is_tensor(node))


def is_module_item(node: ast.AST, ctx) -> bool:
    """`net[0]`, `blocks[-1]`, `heads["a"]`: an item of a name or call the types prove is a module
    (`net[0].double()` too: a module's float()/to()/... return the module)."""
    while (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
           and node.func.attr in MODULE_RETURNING_METHODS):
        node = node.func.value
    if not isinstance(node, ast.Subscript):
        return False
    while isinstance(node, ast.Subscript):
        node = node.value
    return _is_typed_module(node, ctx)


def _reported_before(fc, call: ast.Call) -> bool:
    """A call an earlier conversion left as written and marked (`nn.Module.train(model)`) stays so
    (the marker ends the statement's last line)."""
    api = f"{D.MARKER_PREFIX}: ".encode()
    name = ("torch.nn.Module." + call.func.attr).encode()
    return any(api in fc.src.line_bytes(n) and name in fc.src.line_bytes(n)
               for n in range(call.lineno, max(call.end_lineno or call.lineno, fc.stmt_end) + 1))


module_method.applies = _applies


@register(METHOD_CALL_CHECK)
def report_unsupported_module_method(conv, call: ast.Call) -> bool:
    """`model.register_full_backward_hook(h)`: reported and marked, not left to fail at run time."""
    api = "torch.nn.Module." + call.func.attr
    reason = UNSUPPORTED_REASONS.get(api)
    if reason is None or conv.fc.table.lookup("Tensor." + call.func.attr) is not None:
        return True
    if not is_module_receiver(call, conv.ctx):
        return True
    conv.fc.diag(D.UNSUPPORTED_API, call.func, f"{api} is not supported ({reason}): left as written", api)
    conv.fc.mark(call.func, api)
    return False

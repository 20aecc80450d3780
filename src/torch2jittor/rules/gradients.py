"""`loss.backward()`, `p.grad`, `model.zero_grad()`: PyTorch's autograd surface, which Jittor lacks.

Jittor's Var has no `backward()` and no `.grad`, its Module no `zero_grad()`: gradients come
from `jt.grad(loss, targets)`. The helper module keeps them per parameter as PyTorch does
(runtime/compat_optim.py), so the rewrites are local and need no optimizer in sight:
`loss.backward(...)` -> `t2j.backward(loss, ...)` (also with no optimizer, several, or one bound
only on some paths), `p.grad` -> `t2j.grad_of(p)`, `p.grad = g` -> `t2j.set_grad(p, g)`,
`model.zero_grad()` -> `t2j.zero_grad(model)`; optimizers step from those gradients.
"""
from __future__ import annotations

import ast

from .. import diagnostics as D
from ..typeinfer import _walk_function_body
from . import register
from .tensor_data import holds_tensor

BACKWARD_KEYWORDS = frozenset({"gradient", "retain_graph", "create_graph", "inputs"})


def _helper(fc, name: str) -> str:
    return fc.helper(name)


def as_function_call(fc, call: ast.Call, name: str, api: str) -> bool:
    """`x.m(args)` -> `t2j.name(x, args)`, arguments as written."""
    start, end = fc.src.start(call), fc.src.end(call)
    if fc.has_comment(start, end):
        fc.diag(D.NOTE, call, f"{api}(...) holds a comment: left as written", api)
        return False
    receiver = fc.text(call.func.value)
    if not isinstance(call.func.value, (ast.Name, ast.Attribute, ast.Call, ast.Subscript)):
        receiver = f"({receiver})"
    args = [fc.text(a) for a in call.args] + [fc.text(k) for k in call.keywords]
    fc.edits.replace(start, end, f"{_helper(fc, name)}({', '.join([receiver] + args)})")
    return True


@register("backward_helper")
def backward_helper(fc, call: ast.Call, entry, ctx):
    return None if as_function_call(fc, call, "backward", "torch.Tensor.backward") else False


def _backward_applies(fc, call: ast.Call, ctx) -> bool:
    """A provable tensor, or a `.backward(...)` statement with PyTorch's arguments on anything but
    `self`/`cls`/`ctx` (an autograd Function's or a user class's own backward)."""
    receiver = call.func.value
    if ctx.types is not None and ctx.types.is_tensor(receiver):
        return True
    if isinstance(receiver, ast.Name) and receiver.id in ("self", "cls", "ctx", "super"):
        return False
    if isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Name) and receiver.func.id == "super":
        return False
    return (len(call.args) <= 1 and all(k.arg in BACKWARD_KEYWORDS for k in call.keywords)
            and _is_statement(ctx, call))


def _is_statement(ctx, call: ast.Call) -> bool:
    types = ctx.types
    if types is None:
        return False
    return any(isinstance(n, ast.Expr) and n.value is call for n in _walk_function_body(types.func))


backward_helper.applies = _backward_applies


@register("zero_grad")
def zero_grad(fc, call: ast.Call, entry, ctx):
    return None if as_function_call(fc, call, "zero_grad", "torch.nn.Module.zero_grad") else False


def _zero_grad_applies(fc, call: ast.Call, ctx) -> bool:
    """Any receiver but a visible optimizer: the helper calls a zero_grad the object's class has
    (an optimizer's, a user class's) and zeroes a Jittor module's gradients."""
    receiver = call.func.value
    if ctx.types is None or len(call.args) > 1 or any(k.arg != "set_to_none" for k in call.keywords):
        return False
    if ctx.types.is_module(receiver):
        return True
    text = ast.unparse(receiver).rsplit(".", 1)[-1].lower()
    return "optim" not in text and text not in ("opt", "self") and not _built_from_torch_optim(fc, ctx, receiver)


def _built_from_torch_optim(fc, ctx, receiver: ast.AST) -> bool:
    wanted = ast.unparse(receiver)
    for node in _walk_function_body(ctx.types.func):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            if any(ast.unparse(t) == wanted for t in node.targets):
                if (fc.resolve(node.value.func) or "").startswith("torch.optim."):
                    return True
    return False


zero_grad.applies = _zero_grad_applies


def is_grad(ctx, node: ast.AST) -> bool:
    """`<x>.grad` on anything but `self`/`cls`: the helpers read a Var's stored gradient and any
    other object's own `.grad` attribute, so an object not provably a tensor is safe too (the
    parameters of `for p in group["params"]` in a user optimizer are not provable)."""
    if not (isinstance(node, ast.Attribute) and node.attr == "grad"):
        return False
    receiver = node.value
    return holds_tensor(ctx, receiver) or not (isinstance(receiver, ast.Name) and receiver.id in ("self", "cls"))


def _names_an_api(conv, node: ast.Attribute) -> bool:
    """`torch.autograd.grad` (any alias of it) or `t2j.grad`: a function of an imported module, not
    a gradient."""
    receiver = node.value
    return conv.fc.resolve(node) is not None or (
        isinstance(receiver, ast.Name) and conv.resolver.is_imported_module_name(receiver.id, conv.ctx.scope))


@register(ast.Attribute)
def read_grad(conv, node: ast.Attribute) -> None:
    """`p.grad` (read) -> `t2j.grad_of(p)`."""
    if (conv.uses_torch and isinstance(node.ctx, ast.Load) and is_grad(conv.ctx, node)
            and not _names_an_api(conv, node)):
        fc = conv.fc
        fc.edits.replace(fc.src.start(node), fc.src.end(node), f"{_helper(fc, 'grad_of')}({fc.text(node.value)})")


@register(ast.Assign)
def assign_grad(conv, node: ast.Assign) -> None:
    """`p.grad = value` -> `t2j.set_grad(p, value)`."""
    if not (conv.uses_torch and len(node.targets) == 1 and is_grad(conv.ctx, node.targets[0])
            and not _names_an_api(conv, node.targets[0])):
        return
    fc, target = conv.fc, node.targets[0]
    fc.edits.replace(fc.src.start(node), fc.src.end(node),
                     f"{_helper(fc, 'set_grad')}({fc.text(target.value)}, {fc.text(node.value)})")


_AUGMENTED = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}


@register(ast.AugAssign)
def augassign_grad(conv, node: ast.AugAssign) -> None:
    """`p.grad += v` -> `t2j.inplace_(t2j.grad_of(p), t2j.grad_of(p) + (v))`: the gradient changed in
    place, as PyTorch's (Jittor's Var has no `.grad` to assign into)."""
    target = node.target
    if not (conv.uses_torch and is_grad(conv.ctx, target) and not _names_an_api(conv, target)):
        return
    fc = conv.fc
    op = _AUGMENTED.get(type(node.op))
    api = f"torch.Tensor.__i{type(node.op).__name__.lower()}__"
    if op is None:
        fc.diag(D.UNSUPPORTED_API, node, f"{api} on a gradient (`.grad`) is not converted: left as written", api)
        fc.mark(node, api)
        return
    grad = f"{_helper(fc, 'grad_of')}({fc.text(target.value)})"
    value = fc.text(node.value)
    if not isinstance(node.value, (ast.Name, ast.Constant, ast.Attribute, ast.Call, ast.Subscript)):
        value = f"({value})"
    fc.edits.replace(fc.src.start(node), fc.src.end(node), f"{_helper(fc, 'inplace_')}({grad}, {grad} {op} {value})")


@register(ast.Assign)
def assign_requires_grad(conv, node: ast.Assign) -> None:
    """`x.requires_grad = flag` on a provable tensor -> `t2j.tensor_requires_grad_(x, flag)`: x becomes
    a leaf whose `.grad` backward() fills (Jittor's setter would only start its gradient)."""
    if not (conv.uses_torch and len(node.targets) == 1 and (is_requires_grad_store(conv.ctx, node.targets[0])
                                                            or _untyped_requires_grad_store(conv, node.targets[0]))):
        return
    fc, target = conv.fc, node.targets[0]
    fc.edits.replace(fc.src.start(node), fc.src.end(node),
                     f"{_helper(fc, 'tensor_requires_grad_')}({fc.text(target.value)}, {fc.text(node.value)})")
    fc.converted.append((target.lineno, fc.src.char_col(target.lineno, target.col_offset),
                         "torch.Tensor.requires_grad", "jittor_compat.tensor_requires_grad_"))


def _untyped_requires_grad_store(conv, target: ast.AST) -> bool:
    """`p.requires_grad = True` where p may be a tensor (the makemore lectures' `for p in parameters:`
    over a list of tensors): the helper marks a Var and sets any other object's attribute. Jittor's
    own setter only starts the Var's gradient, so backward() never filled its `.grad`."""
    from ..untyped_receivers import not_tensor  # it imports the rules package

    types = conv.ctx.types
    return (_stores_requires_grad(target) and types is not None and not not_tensor(types, target.value)
            and not types.is_module(target.value))


def _stores_requires_grad(target: ast.AST) -> bool:
    return isinstance(target, ast.Attribute) and target.attr == "requires_grad" and isinstance(target.ctx, ast.Store)


def is_requires_grad_store(ctx, target: ast.AST) -> bool:
    return _stores_requires_grad(target) and ctx.types is not None and ctx.types.is_tensor(target.value)

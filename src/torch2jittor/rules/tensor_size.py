"""`x.size()` -> `x.shape`, `x.size(i)` -> `x.shape[i]` (tensors only; see typeinfer.py); and the
torch.Size methods Jittor's shape (a NanoVector) lacks, `x.size().numel()`, `s.count(1)`,
`s.index(4)` with `s = x.shape`: the shape is made a `t2j.Size` (a tuple) first. So is a tensor's
shape made text (`f"{x.shape}"`, `print(x.size())`, `str(x.shape)`): PyTorch's `torch.Size([6, 3])`,
not Jittor's `[6,3,]`."""
from __future__ import annotations

import ast

from ..typeinfer import _binds, _scope_nodes
from . import METHOD_CALL_CHECK, register

# torch.Size's own methods that a NanoVector has not (tuple's count/index, numel)
_SIZE_METHODS = frozenset({"numel", "count", "index"})
_OTHER_BINDINGS = (ast.alias, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.ExceptHandler, ast.Global,
                   ast.Nonlocal, ast.MatchAs, ast.MatchStar, ast.MatchMapping)


@register("size_to_shape")
def size_to_shape(fc, call: ast.Call, entry, ctx) -> None:
    args = list(call.args) + [k.value for k in call.keywords if k.arg == "dim"]
    if len(args) > 1 or any(k.arg != "dim" for k in call.keywords) or any(isinstance(a, ast.Starred) for a in args):
        return
    # From the method name on: the dot and anything before it (comments too) stay as written.
    start, end = fc.src.end(call.func) - len(b"size"), fc.src.end(call)
    inner = (fc.src.start(args[0]), fc.src.end(args[0])) if args else None
    outside = fc.has_comment(start, inner[0]) or fc.has_comment(inner[1], end) if inner else fc.has_comment(start, end)
    if outside:
        return  # a comment around the argument would be lost: Jittor's Var has size() too
    new = "shape" if not args else f"shape[{fc.text(args[0])}]"
    fc.edits.replace(start, end, new)


def _is_shape(node: ast.AST) -> bool:
    """`<anything>.shape` or `<anything>.size()`: a torch.Size when the code runs in PyTorch (a
    numpy array's shape is a tuple, which has no numel, so the Size method says it is torch's), or
    a slice of one."""
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        return _is_shape(node.value)
    if isinstance(node, ast.Attribute):
        return node.attr == "shape"
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "size"
            and not node.args and not node.keywords)


def _names_a_shape(types, name: str) -> bool:
    """Every binding of `name` in the function is `name = <a shape>` (no parameter, loop target,
    import, def or other assignment of it)."""
    if types is None:
        return False
    args = getattr(types.func, "args", None)
    if args is not None and name in {a.arg for a in ast.walk(args) if isinstance(a, ast.arg)}:
        return False
    shapes = stores = 0
    for n in _scope_nodes(types.func):
        if isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load):
            stores += 1
        elif isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            shapes += n.targets[0].id == name and _is_shape(n.value)
        elif n is not types.func and isinstance(n, _OTHER_BINDINGS) and _binds(n, name):
            return False
    return shapes > 0 and shapes == stores


@register(METHOD_CALL_CHECK)
def size_methods(conv, call: ast.Call) -> bool:
    func = call.func
    if func.attr not in _SIZE_METHODS:
        return True
    receiver = func.value
    if not (_is_shape(receiver) or isinstance(receiver, ast.Name) and _names_a_shape(conv.ctx.types, receiver.id)):
        return True
    _as_size(conv.fc, receiver)
    return False


def _tensor_shape(conv, node: ast.AST) -> bool:
    """`x.shape` or `x.size()` (already `x.shape` when converted) of a provable tensor."""
    if isinstance(node, ast.Call) and _is_shape(node):
        node = node.func
    types = conv.ctx.types
    return (isinstance(node, ast.Attribute) and node.attr in ("shape", "size") and types is not None
            and types.is_tensor(node.value))


def _as_size(fc, node: ast.AST) -> None:
    start, end = fc.src.start(node), fc.src.end(node)
    fc.edits.replace(start, end, f"{fc.helper('Size')}({fc.edits.render(start, end)})")


@register(ast.FormattedValue)
def shape_in_fstring(conv, node: ast.FormattedValue) -> None:
    if conv.uses_torch and _tensor_shape(conv, node.value):
        _as_size(conv.fc, node.value)


_TEXT_BUILTINS = frozenset({"print", "str", "repr"})


@register(ast.Call)
def shape_as_text(conv, node: ast.Call) -> None:
    func = node.func
    if not (conv.uses_torch and isinstance(func, ast.Name) and func.id in _TEXT_BUILTINS
            and conv.qualname(func) is None and not conv.resolver.is_imported_module_name(func.id, conv.ctx.scope)):
        return
    for arg in node.args:
        if _tensor_shape(conv, arg):
            _as_size(conv.fc, arg)


@register(ast.Expr)
def shape_displayed(conv, node: ast.Expr) -> None:
    """A bare `x.shape` or `(X.shape, Y.shape)` statement: a notebook cell's displayed value,
    `torch.Size([228146, 3])` in PyTorch (Jittor's shape displays `[228146,3,]`)."""
    if not conv.uses_torch:
        return
    for item in node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]:
        if _tensor_shape(conv, item):
            _as_size(conv.fc, item)


@register(ast.Compare)
def shape_compared(conv, node: ast.Compare) -> None:
    """`w.shape == s` with `s` a torch.Size (a helper Size, a tuple subclass): Jittor's shape raises
    when compared with anything but a plain tuple or list. As t2j.Size it compares as a tuple."""
    if not conv.uses_torch or not all(isinstance(op, (ast.Eq, ast.NotEq)) for op in node.ops):
        return
    operands = [node.left, *node.comparators]
    shapes = [o for o in operands if _tensor_shape(conv, o)]
    if shapes and not all(_plain_sequence(conv, o) for o in operands if o not in shapes):
        for operand in shapes:
            _as_size(conv.fc, operand)


def _plain_sequence(conv, node: ast.AST) -> bool:
    """A tuple display, `tuple(...)`, or a `torch.Size(...)` call (compared with a shape, the table
    makes it a plain tuple): Jittor's shape compares with these as PyTorch's does. (A list is never
    equal to a torch.Size; Jittor's shape says it is.)"""
    if isinstance(node, ast.Tuple):
        return True
    if not isinstance(node, ast.Call):
        return False
    if isinstance(node.func, ast.Name) and node.func.id == "tuple" and conv.qualname(node.func) is None:
        return True
    return conv.qualname(node.func) == "torch.Size"

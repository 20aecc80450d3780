"""torch dtypes used as values: their attributes (`torch.float16.is_floating_point`,
`x.dtype.itemsize`, `dt.is_signed`) and their identity (`x.dtype is torch.float32`).

Jittor's dtypes are cast functions (`jt.float32`, what `torch.float32` converts to) and NanoStrings
(a Var's `.dtype`): the functions have none of torch.dtype's attributes, a NanoString has no
`is_signed` or `itemsize`, and its `is_floating_point` is a method, always true as a condition. Such
reads become `t2j.dtype_attribute(dt, 'is_floating_point')`, which answers as PyTorch for a Jittor
dtype and with the object's own attribute for anything else (a numpy dtype's itemsize), so a
receiver that merely may hold a dtype is safe to rewrite: a torch dtype, any `<expr>.dtype` (or
`.<name>_dtype`), a torch function returning one, or a plain name (not a provable tensor).

`x.dtype is torch.float32` is always false in Jittor (a NanoString is not the cast function), while
`==` compares them by name: `is` / `is not` between dtypes become `==` / `!=`.
"""
from __future__ import annotations

import ast

from ..mappings.torch.dtypes import TORCH_DTYPES
from . import register

DTYPE_ATTRIBUTES = frozenset({"is_floating_point", "is_signed", "is_complex", "itemsize"})
DTYPE_FUNCTIONS = frozenset({"torch.get_default_dtype", "torch.promote_types", "torch.result_type"})


class _CalledAttributes:
    """`t.is_floating_point()` calls Tensor's method, not a dtype attribute: the call's func is left alone."""

    def __init__(self, conv):
        self.ids: set[int] = set()


@register(ast.Call, before=True)
def note_called_attribute(conv, node: ast.Call) -> None:
    if isinstance(node.func, ast.Attribute) and node.func.attr in DTYPE_ATTRIBUTES:
        conv.state(_CalledAttributes).ids.add(id(node.func))


def may_be_dtype(conv, node: ast.AST) -> bool:
    """A torch dtype, `<expr>.dtype`, a torch function returning a dtype, or a name that is no tensor."""
    if conv.qualname(node) in TORCH_DTYPES:
        return True
    if isinstance(node, ast.Attribute):
        return node.attr == "dtype" or node.attr.endswith("_dtype")
    if isinstance(node, ast.Call):
        return conv.qualname(node.func) in DTYPE_FUNCTIONS
    if isinstance(node, ast.Name):
        types = conv.ctx.types
        return types is None or not (types.is_tensor(node) or types.is_module(node))
    return False


def _is_dtype(conv, node: ast.AST) -> bool:
    """Provably a dtype: a torch dtype, a tensor's `.dtype`, a torch function returning one."""
    if conv.qualname(node) in TORCH_DTYPES:
        return True
    if isinstance(node, ast.Attribute) and node.attr == "dtype":
        return True
    return isinstance(node, ast.Call) and conv.qualname(node.func) in DTYPE_FUNCTIONS


@register(ast.Attribute)
def dtype_attribute(conv, node: ast.Attribute) -> None:
    if (node.attr not in DTYPE_ATTRIBUTES or not isinstance(node.ctx, ast.Load) or not conv.uses_torch
            or id(node) in conv.state(_CalledAttributes).ids or not may_be_dtype(conv, node.value)):
        return
    fc = conv.fc
    fc.edits.replace(fc.src.start(node), fc.src.end(node),
                     f"{fc.helper('dtype_attribute')}({fc.text(node.value)}, {node.attr!r})")
    fc.converted.append((node.lineno, fc.src.char_col(node.lineno, node.col_offset), f"torch.dtype.{node.attr}",
                         "jittor_compat.dtype_attribute"))


@register(ast.Compare)
def dtype_identity(conv, node: ast.Compare) -> None:
    if (len(node.ops) != 1 or not isinstance(node.ops[0], (ast.Is, ast.IsNot)) or not conv.uses_torch
            or not (_is_dtype(conv, node.left) or _is_dtype(conv, node.comparators[0]))):
        return
    other = node.comparators[0] if _is_dtype(conv, node.left) else node.left
    if isinstance(other, ast.Constant):
        return  # `x.dtype is None`: an identity test PyTorch and Jittor answer alike
    fc = conv.fc
    op = "==" if isinstance(node.ops[0], ast.Is) else "!="
    fc.edits.replace(fc.src.start(node), fc.src.end(node),
                     f"{fc.text(node.left)} {op} {fc.text(node.comparators[0])}")


# `sizes[x.dtype]`, `{x.dtype: n}`, `table.get(x.dtype)`, `x.dtype in {torch.float16, torch.bfloat16}`: a
# Var's dtype (a NanoString) cannot be hashed (TypeError): looked up as the cast function of its name
# (t2j.dtype_key), what `torch.float16` converts to, and which compares equal to the NanoString.
_KEY_METHODS = frozenset({"get", "pop", "setdefault", "count", "index", "add", "discard", "remove", "__contains__"})


class _DtypeKeys:
    def __init__(self, conv):
        self.ids: set[int] = set()


def _note_key(conv, node) -> None:
    if isinstance(node, ast.Attribute) and node.attr == "dtype":
        conv.state(_DtypeKeys).ids.add(id(node))


@register(ast.Subscript, before=True)
def note_subscript_key(conv, node: ast.Subscript) -> None:
    _note_key(conv, node.slice)


@register(ast.Dict, before=True)
def note_dict_keys(conv, node: ast.Dict) -> None:
    for key in node.keys:
        _note_key(conv, key)


@register(ast.Set, before=True)
def note_set_items(conv, node: ast.Set) -> None:
    for item in node.elts:
        _note_key(conv, item)


@register(ast.Compare, before=True)
def note_membership(conv, node: ast.Compare) -> None:
    if len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn)):
        _note_key(conv, node.left)


@register(ast.Call, before=True)
def note_lookup_argument(conv, node: ast.Call) -> None:
    if isinstance(node.func, ast.Attribute) and node.func.attr in _KEY_METHODS and node.args:
        _note_key(conv, node.args[0])


@register(ast.Attribute)
def dtype_as_key(conv, node: ast.Attribute) -> None:
    if (node.attr != "dtype" or not isinstance(node.ctx, ast.Load) or not conv.uses_torch
            or id(node) not in conv.state(_DtypeKeys).ids):
        return
    if isinstance(node.value, ast.Name) and conv.resolver.is_imported_module_name(node.value.id, conv.ctx.scope):
        return  # `list[t2j.dtype]`, `Optional[jt.dtype]`: a module's dtype class, not a tensor's dtype
    fc = conv.fc
    fc.edits.replace(fc.src.start(node), fc.src.end(node), f"{fc.helper('dtype_key')}({fc.text(node)})")


@register(ast.Call)
def dtype_text(conv, node: ast.Call) -> None:
    """`str(x.dtype)`, `repr(torch.int8)`: PyTorch's 'torch.float32' (Jittor's text is 'float32', or a
    function's repr for jt.float32), through t2j.dtype_str."""
    func = node.func
    if (not isinstance(func, ast.Name) or func.id not in ("str", "repr") or conv.qualname(func) is not None
            or len(node.args) != 1 or node.keywords or not conv.uses_torch or not _is_dtype(conv, node.args[0])):
        return
    fc = conv.fc
    fc.edits.replace(fc.src.start(node), fc.src.end(node),
                     f"{fc.helper('dtype_str')}({fc.text(node.args[0])})")


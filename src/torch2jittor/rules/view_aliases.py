"""`row = x[0]; row += 1`: in PyTorch `row` is a view and the change reaches `x`; Jittor's indexing and
view methods copy, so `x` would silently keep its old values.

Within one statement list, a name bound to a view of a provable tensor (basic indexing: ints,
slices, `...`, None; or view, view_as, t, T, mT, transpose, permute, narrow, select, squeeze,
unsqueeze, expand, diagonal, detach), then changed in place (`+=`, an in-place method, an item
assignment) while the base is read afterwards (a module-level base always counts as read), is
reported at the change: the user must write the change into the base (`x[0] += 1`).
"""
from __future__ import annotations

import ast

from .. import diagnostics as D
from . import register

VIEW_METHODS = frozenset("view view_as t transpose permute narrow select squeeze unsqueeze expand diagonal "
                         "detach swapaxes swapdims movedim unflatten".split())
VIEW_ATTRIBUTES = frozenset({"T", "mT", "H", "mH", "data"})
_NOT_IN_PLACE = frozenset({"requires_grad_", "retain_grad", "share_memory_", "record_stream"})


def _basic_index(index: ast.AST) -> bool:
    parts = index.elts if isinstance(index, ast.Tuple) else [index]
    for part in parts:
        if isinstance(part, ast.Slice):
            continue
        if isinstance(part, ast.Constant) and (part.value is None or part.value is Ellipsis or type(part.value) is int):
            continue
        if isinstance(part, ast.UnaryOp) and isinstance(part.op, ast.USub) and isinstance(part.operand, ast.Constant):
            continue
        return False  # a tensor, list or name index: PyTorch copies too (or may)
    return True


def _view_base(value: ast.AST) -> ast.Name | None:
    """The Name a view is taken of (`x[0]`, `x.t()`, `x.view(-1)[1:]`), or None."""
    while True:
        if isinstance(value, ast.Subscript) and _basic_index(value.slice):
            value = value.value
        elif isinstance(value, ast.Attribute) and value.attr in VIEW_ATTRIBUTES:
            value = value.value
        elif (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
              and value.func.attr in VIEW_METHODS):
            value = value.func.value
        else:
            break
        if isinstance(value, ast.Name):
            return value
    return None


def _mutated_name(stmt: ast.stmt) -> tuple[str, ast.AST, str] | None:
    """(name, node, api) when the statement changes a plain name's tensor in place."""
    if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
        return stmt.target.id, stmt, f"torch.Tensor.__i{type(stmt.op).__name__.lower()}__"
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        func = stmt.value.func
        while isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call) and isinstance(
                func.value.func, ast.Attribute) and func.value.func.attr.endswith("_"):
            func = func.value.func  # `row.add_(1).mul_(2)`: the innermost receiver
        if (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.attr.endswith("_")
                and not func.attr.startswith("_") and func.attr not in _NOT_IN_PLACE):
            return func.value.id, func, f"torch.Tensor.{func.attr}"
    if isinstance(stmt, ast.Assign):
        for target in stmt.targets:
            if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
                return target.value.id, target, "torch.Tensor.__setitem__"
    return None


def _reads(stmts: list[ast.stmt], name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load)
               for s in stmts for n in ast.walk(s))


def _bound(stmt: ast.stmt) -> set[str]:
    return {n.id for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}


class _Bodies:
    """Each statement's list and position in it, for the file (made on first use)."""

    def __init__(self, conv):
        self.where: dict[int, tuple[list, int]] = {}
        for node in ast.walk(conv.tree):
            for field in ("body", "orelse", "finalbody"):
                body = getattr(node, field, None)
                if isinstance(body, list):
                    for k, stmt in enumerate(body):
                        if isinstance(stmt, ast.stmt):
                            self.where[id(stmt)] = (body, k)


def _view_of(body: list[ast.stmt], k: int, name: str) -> ast.Name | None:
    """The base `name` is a view of at statement k: its latest binding before k in the same list is
    `name = <view of base>`, and neither was bound again since (an augmented assignment keeps it)."""
    for stmt in reversed(body[:k]):
        if isinstance(stmt, ast.AugAssign):
            continue
        bound = _bound(stmt)
        if name not in bound:
            continue
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            base = _view_base(stmt.value)
            if base is not None and base.id != name:
                later = body[body.index(stmt) + 1:k]
                if not any(base.id in _bound(s) for s in later if not isinstance(s, ast.AugAssign)):
                    return base
        return None
    return None


@register(ast.AugAssign, ast.Expr, ast.Assign, before=True)
def view_aliases(conv, stmt: ast.stmt) -> None:
    types = conv.ctx.types
    if types is None or not conv.uses_torch:
        return
    mutated = _mutated_name(stmt)
    if mutated is None:
        return
    name, node, api = mutated
    where = conv.state(_Bodies).where.get(id(stmt))
    if where is None:
        return
    body, k = where
    base = _view_of(body, k, name)
    if base is None or not types.is_tensor(base):
        return
    if body is not conv.tree.body and not _reads(body[k + 1:], base.id):
        return  # (a module-level name outlives the script: read by whoever imports or inspects it)
    conv.fc.diag(D.UNSUPPORTED_API, node,
                 f"{api} on `{name}`, a view of `{base.id}` in PyTorch: Jittor's indexing and view methods copy, "
                 f"so the change would not reach `{base.id}` (write it into `{base.id}` itself): left as written", api)
    conv.fc.mark(node, api)

"""Names bound to views: PyTorch's indexing and view methods share the base's storage, Jittor's copy.

    row = x[0]; row += 1           PyTorch changes x too
    a, b = x.unbind(0); a.zero_()  (unbind, chunk, split, iterating a tensor: the pieces are views)
    parts = x.split(2); parts[1].fill_(3)
    for row in x: row.mul_(2)
    v = x[0]; x.add_(1); ... v     PyTorch's v sees the change: the other direction
    tmp = x[0]; x[0] = x[1]; x[1] = tmp        (so the "swap" leaves both rows equal to x[1])
    x[0], x[1] = x[1], x[0]        the same, in one statement
    x.T[0] = 5; x.permute(1, 0)[0] = 3         an item assignment into a view

Within one statement list, a name bound to a view of a provable tensor (basic indexing: ints,
slices, `...`, None; view, reshape, flatten, t, T, transpose, permute, narrow, select, squeeze,
unsqueeze, expand, diagonal, unfold, detach, `.data`, ...; their torch.* function forms; a piece of
unbind/chunk/split/... or of the tensor itself) that is changed in place while the base is read
afterwards (a module-level name always counts as read), or whose base is changed in place while the
view is read afterwards, is reported at the change: Jittor cannot share the storage, so the converted
code would silently compute something else. So is a change to the loop variable of a `for` over a
tensor's rows or pieces, a tuple assignment into a tensor from views of it, and an item assignment
into a view method's result. (reshape and flatten give views of contiguous tensors only; a change
through them is reported all the same: the converter cannot know the strides.)
"""
from __future__ import annotations

import ast

from .. import diagnostics as D
from . import METHOD_CALL_CHECK, register

VIEW_METHODS = frozenset("view view_as t transpose permute narrow select squeeze unsqueeze expand expand_as diagonal "
                         "detach swapaxes swapdims movedim moveaxis unflatten reshape reshape_as flatten ravel unfold "
                         "as_strided".split())
VIEW_ATTRIBUTES = frozenset({"T", "mT", "H", "mH", "data"})
# torch functions returning a view of their first argument
VIEW_FUNCTIONS = frozenset(f"torch.{n}" for n in (
    "narrow select diagonal transpose t permute squeeze unsqueeze flatten reshape movedim moveaxis swapaxes "
    "swapdims unflatten as_strided detach ravel".split()))
# methods (and torch functions) whose pieces are views of the receiver
PIECE_METHODS = frozenset("unbind chunk split tensor_split split_with_sizes hsplit vsplit dsplit".split())
PIECE_FUNCTIONS = frozenset(f"torch.{n}" for n in PIECE_METHODS)
# torch functions whose tensor shares the memory of the NumPy array they are given (as_tensor and
# asarray where the dtype and device allow: always, as the converter cannot tell); Jittor's copy
SHARING_FUNCTIONS = frozenset({"torch.from_numpy", "torch.as_tensor", "torch.asarray"})
_NOT_IN_PLACE = frozenset({"requires_grad_", "retain_grad", "share_memory_", "record_stream"})


def _basic_index(index: ast.AST, types=None) -> bool:
    """Ints, slices, `...`, None: PyTorch's indexing gives a view. With `types`, also a name that is no
    provable tensor (`out[i]` in a loop over range(n): an int, as the in-place write-back assumes)."""
    parts = index.elts if isinstance(index, ast.Tuple) else [index]
    for part in parts:
        if isinstance(part, ast.Slice):
            continue
        if types is not None and isinstance(part, ast.Name) and not types.is_tensor(part):
            continue
        if isinstance(part, ast.Constant) and (part.value is None or part.value is Ellipsis or type(part.value) is int):
            continue
        if isinstance(part, ast.UnaryOp) and isinstance(part.op, ast.USub) and isinstance(part.operand, ast.Constant):
            continue
        return False  # a tensor, list or name index: PyTorch copies too (or may)
    return True


def _call_kind(conv, call: ast.AST) -> tuple[str, ast.AST] | None:
    """('view' | 'pieces', the tensor it is taken of) for `x.t()`, `torch.narrow(x, ...)`, `x.chunk(2)`,
    `list(x)`; else None."""
    if not isinstance(call, ast.Call):
        return None
    func = call.func
    if isinstance(func, ast.Attribute) and conv.qualname(func) is None:
        if func.attr in VIEW_METHODS or func.attr == "numpy":  # (x.numpy() shares x's memory)
            return "view", func.value
        if func.attr == "contiguous" and _is_base(func.value):
            return "view", func.value  # x itself where x is contiguous (x.t().contiguous() is a copy)
        if func.attr in PIECE_METHODS:
            return "pieces", func.value
        return None
    if isinstance(func, ast.Name) and func.id in ("list", "tuple") and len(call.args) == 1 and not call.keywords:
        return "pieces", call.args[0]  # list(x): the rows of x, views
    q = conv.qualname(func)
    if q and call.args and not isinstance(call.args[0], ast.Starred):
        if q in VIEW_FUNCTIONS or q in SHARING_FUNCTIONS:
            return "view", call.args[0]
        if q in PIECE_FUNCTIONS:
            return "pieces", call.args[0]
    return None


def _is_base(node: ast.AST) -> bool:
    """A name or an attribute chain on one (`x`, `self.counts`): what a view can be taken of here."""
    while isinstance(node, ast.Attribute) and node.attr not in VIEW_ATTRIBUTES:
        node = node.value
    return isinstance(node, ast.Name)


def _key(node: ast.AST) -> str:
    return ast.unparse(node)


def _view_base(conv, value: ast.AST, pieces: bool = False) -> ast.AST | None:
    """The Name a view is taken of (`x[0]`, `x.t()`, `x.view(-1)[1:]`, `torch.narrow(x, 0, 1, 2)`,
    `x.unbind()[0]`; with `pieces`, also a tuple of views: `x.chunk(2)`, `list(x)`), or None."""
    in_pieces = pieces  # a piece call is a view where it is indexed (or where pieces are asked for)
    while True:
        if isinstance(value, ast.Subscript) and _basic_index(value.slice, conv.ctx.types):
            value, in_pieces = value.value, True
            if _is_base(value):
                return value
            continue
        if isinstance(value, ast.Attribute) and value.attr in VIEW_ATTRIBUTES:
            value, in_pieces = value.value, False
        else:
            kind = _call_kind(conv, value)
            if kind is None or (kind[0] == "pieces" and not in_pieces):
                return None
            value, in_pieces = kind[1], False
        if _is_base(value):
            return value


def _root(node: ast.AST) -> ast.AST | None:
    """`x` of `x`, `x[0]`, `x[0][1:]`, `x.data[0]`; `self.counts` of `self.counts[0]`."""
    while isinstance(node, ast.Subscript) or (isinstance(node, ast.Attribute) and node.attr == "data"):
        node = node.value
    return node if _is_base(node) else None


def _mutated_name(stmt: ast.stmt) -> tuple[str, ast.AST, str] | None:
    """(name, node, api) when the statement changes in place the tensor a plain name holds, or a part
    of it (`x[0] += 1`, `x[:, 1].zero_()`, `parts[1].fill_(3)`)."""
    if isinstance(stmt, ast.AugAssign):
        root = _root(stmt.target)
        if root is not None:
            return _key(root), stmt, f"torch.Tensor.__i{type(stmt.op).__name__.lower()}__"
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        func = stmt.value.func
        while isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call) and isinstance(
                func.value.func, ast.Attribute) and func.value.func.attr.endswith("_"):
            func = func.value.func  # `row.add_(1).mul_(2)`: the innermost receiver
        if (isinstance(func, ast.Attribute) and func.attr.endswith("_") and not func.attr.startswith("_")
                and func.attr not in _NOT_IN_PLACE):
            root = _root(func.value)
            if root is not None:
                return _key(root), func, f"torch.Tensor.{func.attr}"
    if isinstance(stmt, ast.Assign):
        for target in stmt.targets:
            if isinstance(target, ast.Subscript):
                root = _root(target)
                if root is not None:
                    return _key(root), target, "torch.Tensor.__setitem__"
    return None


def _reads(stmts: list[ast.stmt], name: str) -> bool:
    """Whether `stmts` read `name` (a name, or an attribute chain: `self.counts`)."""
    return any(isinstance(n, (ast.Name, ast.Attribute)) and isinstance(n.ctx, ast.Load) and _is_base(n)
               and _key(n) == name for s in stmts for n in ast.walk(s))


def _read_before_rebound(conv, body: list[ast.stmt], k: int, name: str) -> bool:
    """Whether `name` is read after statement k before a statement of `body` binds it again (else
    as _read_later finds past `body`)."""
    for stmt in body[k + 1:]:
        if _reads([stmt], name):
            return True
        if not isinstance(stmt, ast.AugAssign) and name in _bound(stmt):
            return False
    return _read_later(conv, body, len(body) - 1, name)


# view methods numpy arrays lack: on a receiver not provably a tensor, the view is still a tensor's
_TENSOR_ONLY_VIEWS = frozenset("t narrow select unsqueeze expand expand_as permute unbind chunk movedim unflatten "
                               "detach view_as".split())


def _tensor_only_view(conv, body: list[ast.stmt], k: int, name: str, base: ast.AST) -> bool:
    """`tt = t.t()` with `t` a parameter of unknown type: only a tensor has that view method (a NumPy
    array's views would share memory in the converted code too, so they are not reported); or
    `t = torch.from_numpy(a)`: a tensor sharing a NumPy array's memory."""
    from ..untyped_receivers import not_tensor  # (it imports the rules package)

    if not_tensor(conv.ctx.types, base):
        return False
    binding = _binding(body, k, name)
    return binding is not None and any(
        isinstance(n, ast.Call) and ((isinstance(n.func, ast.Attribute) and n.func.attr in _TENSOR_ONLY_VIEWS)
                                     or _view_by_shape(n) or conv.qualname(n.func) in SHARING_FUNCTIONS)
        for n in ast.walk(binding.value))


def _view_by_shape(call: ast.Call) -> bool:
    """`t.view(-1)`, `t.view(2, 3)`: a shape (NumPy's view takes a dtype)."""
    first = call.args[0] if call.args else None
    if isinstance(first, ast.UnaryOp) and isinstance(first.op, ast.USub):
        first = first.operand
    return (isinstance(call.func, ast.Attribute) and call.func.attr == "view" and isinstance(first, ast.Constant)
            and type(first.value) is int)


def _binding(body: list[ast.stmt], k: int, name: str) -> ast.Assign | None:
    """The assignment that last bound `name` before statement k of `body` (None if another kind of statement)."""
    for stmt in reversed(body[:k]):
        if name in _bound(stmt) and not isinstance(stmt, ast.AugAssign):
            return stmt if isinstance(stmt, ast.Assign) else None
    return None


def _bound(stmt: ast.stmt) -> set[str]:
    found = getattr(stmt, "_t2j_views_bound", None)  # (asked again for each later change in the body)
    if found is None:
        found = stmt._t2j_views_bound = {
            _key(n) for n in ast.walk(stmt)
            if isinstance(n, (ast.Name, ast.Attribute)) and isinstance(n.ctx, ast.Store) and _is_base(n)}
    return found


class _Bodies:
    """Each statement's list and position in it, for the file (made on first use)."""

    def __init__(self, conv):
        self.where: dict[int, tuple[list, int]] = {}
        self.owner: dict[int, ast.AST] = {}  # a statement list -> the statement (or module) it belongs to
        for node in ast.walk(conv.tree):
            for field in ("body", "orelse", "finalbody"):
                body = getattr(node, field, None)
                if isinstance(body, list):
                    self.owner[id(body)] = node
                    for k, stmt in enumerate(body):
                        if isinstance(stmt, ast.stmt):
                            self.where[id(stmt)] = (body, k)
            for handler in getattr(node, "handlers", ()):
                self.owner[id(handler.body)] = node  # (an except clause's statements: those of its try)
        self.loops: dict[int, tuple[str, ast.Name]] = {}  # statements inside a loop over views: (variable, base)


def _read_later(conv, body: list[ast.stmt], k: int, name: str) -> bool:
    """Whether `name` may be read after statement k of `body`: later in it, in a later iteration of a
    loop around it, or after the compound statements around it (a module-level name outlives the
    script: read by whoever imports or inspects it; a function's end ends the search)."""
    bodies = conv.state(_Bodies)
    if _reads(body[k + 1:], name):
        return True
    while True:
        owner = bodies.owner.get(id(body))
        if owner is None or isinstance(owner, ast.Module):
            return owner is not None
        if isinstance(owner, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            return False
        if isinstance(owner, (ast.For, ast.AsyncFor, ast.While)) and _reads([owner], name):
            return True  # the next iteration
        where = bodies.where.get(id(owner))
        if where is None:
            return False
        body, k = where
        if _reads(body[k + 1:], name):
            return True


def _binding_base(conv, stmt: ast.stmt, name: str) -> ast.AST | None:
    """The base `stmt` binds `name` to a view (or tuple of views) of, or None."""
    if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
        return None
    target, value = stmt.targets[0], stmt.value
    if isinstance(target, ast.Name):
        return _view_base(conv, value, pieces=True) if target.id == name else None
    if isinstance(target, (ast.Tuple, ast.List)):
        names = [e.value if isinstance(e, ast.Starred) else e for e in target.elts]
        if any(isinstance(n, ast.Name) and n.id == name for n in names):
            if _is_base(value):
                return value  # `a, b = x`: the rows of x
            return _view_base(conv, value, pieces=True)
    return None


def _view_of(conv, body: list[ast.stmt], k: int, name: str) -> ast.AST | None:
    """The base `name` is a view of at statement k: its latest binding before k in the same list is
    `name = <view of base>`, and neither was bound again since (an augmented assignment keeps it)."""
    for j in range(k - 1, -1, -1):
        stmt = body[j]
        if isinstance(stmt, ast.AugAssign):
            continue
        if name not in _bound(stmt):
            continue
        base = _binding_base(conv, stmt, name)
        if base is not None and _key(base) != name:
            if not any(_key(base) in _bound(s) for s in body[j + 1:k] if not isinstance(s, ast.AugAssign)):
                return base
        return None
    return None


def _views_bound(conv, body: list[ast.stmt], k: int, base: str) -> list[str]:
    """The names that are views of `base` at statement k (bound before it in `body`, or before the
    compound statements around it in the same function)."""
    names = _views_bound_in(conv, body, k, base)
    bodies = conv.state(_Bodies)
    owner = bodies.owner.get(id(body))
    while isinstance(owner, ast.stmt) and not isinstance(owner, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        where = bodies.where.get(id(owner))
        if where is None:
            break
        outer, j = where
        names += [n for n in _views_bound_in(conv, outer, j, base) if n not in names
                  and not any(n in _bound(s) for s in body[:k] if not isinstance(s, ast.AugAssign))]
        body, owner = outer, bodies.owner.get(id(outer))
    return names


def _views_bound_in(conv, body: list[ast.stmt], k: int, base: str) -> list[str]:
    names = []
    for stmt in body[:k]:
        if not isinstance(stmt, ast.Assign):
            continue  # (only an assignment binds a view: _binding_base)
        for name in sorted(_bound(stmt)):
            bound_to = _binding_base(conv, stmt, name)
            if name != base and name not in names and bound_to is not None and _key(bound_to) == base:
                found = _view_of(conv, body, k, name)
                if found is not None and _key(found) == base:
                    names.append(name)
    return names


def _report(conv, stmt: ast.stmt, node: ast.AST, api: str, message: str) -> None:
    from .tensor_data import cancel_write_back  # (tensor_data imports nothing of this module)

    conv.fc.diag(D.UNSUPPORTED_API, node, f"{message}: left as written", api)
    conv.fc.mark(node, api)
    cancel_write_back(conv, stmt)


@register(ast.AugAssign, ast.Expr, ast.Assign, before=True)
def view_aliases(conv, stmt: ast.stmt) -> None:
    types = conv.ctx.types
    if types is None or not conv.uses_torch:
        return
    if isinstance(stmt, (ast.Assign, ast.AugAssign)) and _view_item_assignment(conv, stmt):
        return
    mutated = _mutated_name(stmt)
    if mutated is None:
        return
    name, node, api = mutated
    bodies = conv.state(_Bodies)
    where = bodies.where.get(id(stmt))
    if where is None:
        return
    body, k = where
    loop = bodies.loops.get(id(stmt))
    if loop is not None and loop[0] == name and not any(
            name in _bound(s) for s in body[:k] if not isinstance(s, ast.AugAssign)):
        base = _key(loop[1])
        _report(conv, stmt, node, api, f"{api} on `{name}`, a view of `{base}`'s rows or pieces in PyTorch (iterating "
                                 f"a tensor, unbind, chunk and split give views): Jittor's copy, so the change would not "
                                 f"reach `{base}` (write it into `{base}[i]`)")
        return
    found = _view_of(conv, body, k, name)
    if found is not None and (types.is_tensor(found) or _tensor_only_view(conv, body, k, name, found)):
        base = _key(found)
        if not _read_before_rebound(conv, body, k, base):
            return
        _report(conv, stmt, node, api, f"{api} on `{name}`, a view of `{base}` in PyTorch: Jittor's indexing and view "
                                 f"methods copy, so the change would not reach `{base}` (write it into "
                                 f"`{base}` itself)")
        return
    shared = [v for v in _views_bound(conv, body, k, name) if _read_before_rebound(conv, body, k, v)]
    if types.is_tensor(ast.parse(name, mode="eval").body):
        readers = shared
    else:  # a NumPy array changed while a tensor made from it by from_numpy/as_tensor is read
        readers = [v for v in shared if (b := _binding(body, k, v)) is not None and any(
            isinstance(n, ast.Call) and conv.qualname(n.func) in SHARING_FUNCTIONS for n in ast.walk(b.value))]
    if readers:
        view = readers[0]
        _report(conv, stmt, node, api, f"{api} on `{name}` while `{view}` is a view of it in PyTorch, read afterwards: "
                                 f"PyTorch's `{view}` sees the change, Jittor's is a copy that keeps the old values "
                                 f"(take `{view}` after the change, or `.clone()` it before)")


def _view_item_assignment(conv, stmt: ast.Assign | ast.AugAssign) -> bool:
    """`x[0], x[1] = x[1], x[0]` and `x.T[0] = 5` (or `+= 5`): reported (True) when found."""
    types = conv.ctx.types
    targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
    target = targets[0] if len(targets) == 1 else None
    if isinstance(stmt, ast.Assign) and isinstance(target, ast.Tuple) and isinstance(stmt.value, ast.Tuple):
        roots = [_root(t) if isinstance(t, ast.Subscript) else None for t in target.elts]
        bases = {_key(r) for r in roots if r is not None and types.is_tensor(r)}
        for value in stmt.value.elts[:-1]:  # (the last is read before any assignment)
            base = _view_base(conv, value)
            if base is not None and _key(base) in bases:
                api = "torch.Tensor.__setitem__"
                _report(conv, stmt, stmt, api, f"a tuple assignment into `{_key(base)}` from views of it: PyTorch assigns "
                                         f"in turn, and a later value is a view the earlier assignment has changed "
                                         f"(a swap leaves both parts equal); Jittor's indexing copies, so the results "
                                         f"differ (`.clone()` the values to swap)")
                return True
    for t in targets:
        if not isinstance(t, ast.Subscript):
            continue
        inner = t.value
        while isinstance(inner, ast.Subscript):
            inner = inner.value
        kind = _call_kind(conv, inner)
        is_view = (kind is not None and kind[0] == "view") or (
            isinstance(inner, ast.Attribute) and inner.attr in VIEW_ATTRIBUTES - {"data"})
        if is_view and types.is_tensor(_view_base(conv, inner) or inner):
            api = "torch.Tensor.__setitem__"
            _report(conv, stmt, t, api, f"an item assignment into `{ast.unparse(inner)}`, a view in PyTorch: Jittor's view "
                                  f"methods copy, so the change would not reach the tensor (index the tensor itself)")
            return True
    return False


@register(ast.For, before=True)
def loop_over_views(conv, node: ast.For) -> None:
    """`for row in x:`, `for i, row in enumerate(x.unbind(1)):`: the statements of the body that change
    the loop variable in place are found by view_aliases (through _Bodies.loops)."""
    types = conv.ctx.types
    if types is None or not conv.uses_torch:
        return
    it, target = node.iter, node.target
    if (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "enumerate" and it.args
            and isinstance(target, ast.Tuple) and len(target.elts) == 2):
        it, target = it.args[0], target.elts[1]
    if not isinstance(target, ast.Name):
        return
    base = it if _is_base(it) else _view_base(conv, it, pieces=True)
    if not (base is not None and types.is_tensor(base)):
        return
    loops = conv.state(_Bodies).loops
    for inner in node.body:
        for stmt in ast.walk(inner):
            if isinstance(stmt, ast.stmt):
                loops.setdefault(id(stmt), (target.id, base))


# views whose strides PyTorch leaves out of order (or zero): not contiguous in general
_STRIDED_VIEW_METHODS = frozenset("t transpose permute swapaxes swapdims movedim moveaxis expand expand_as diagonal "
                                  "unfold as_strided".split())


def _strided_slicing(index: ast.AST) -> bool:
    """`x[::2]`, `x[:, 1:]`: a step, or a bounded slice of a later dim after a full slice of an earlier one."""
    parts = index.elts if isinstance(index, ast.Tuple) else [index]
    for k, part in enumerate(parts):
        if not isinstance(part, ast.Slice):
            continue
        if part.step is not None:
            return True
        bounded = part.lower is not None or part.upper is not None
        if bounded and k > 0 and isinstance(parts[k - 1], ast.Slice):
            return True
    return False


@register(METHOD_CALL_CHECK)
def contiguity_of_a_view(conv, node: ast.Call) -> bool:
    """`x.t().is_contiguous()`, `x[:, ::2].is_contiguous()`: PyTorch's answer is False (for most shapes),
    the helper's True (a Var has one layout): reported, left as written (False)."""
    if node.func.attr != "is_contiguous" or conv.ctx.types is None or not conv.uses_torch:
        return True
    receiver = node.func.value
    strided = (isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Attribute)
               and receiver.func.attr in _STRIDED_VIEW_METHODS and conv.qualname(receiver.func) is None) or (
        isinstance(receiver, ast.Attribute) and receiver.attr in ("T", "mT", "H", "mH")) or (
        isinstance(receiver, ast.Subscript) and _strided_slicing(receiver.slice))
    if not strided or not conv.ctx.types.is_tensor(_view_base(conv, receiver) or receiver):
        return True
    api = "torch.Tensor.is_contiguous"
    conv.fc.diag(D.UNSUPPORTED_API, node.func, f"{api} of `{ast.unparse(receiver)}`, a strided view in PyTorch (not "
                 "contiguous in general): a Jittor Var has one layout, so the answer would differ: left as written", api)
    conv.fc.mark(node.func, api)
    return False

"""`nn.ReLU(inplace=True)` whose input the module reads again: PyTorch's result depends on the write.

Jittor's activations never compute in place, so `inplace` is normally dropped: it only saves memory.
It changes the result where the module's input is read after the in-place layer ran on it. Xception
(weiaicunzai/pytorch-cifar100) does

    residual = self.conv4_residual(x)   # a Sequential whose first layer is ReLU(inplace=True)
    shortcut = self.conv4_shortcut(x)   # PyTorch: x is relu(x) by now

Such a layer (an in-place activation, or a Sequential whose first layer is one, at any depth), held
as `self.<name>` and called in one of the class's methods on a variable that is read after the call,
is wrapped in `t2j.writes_through(...)`: its output is written into its input Var, as PyTorch does.
So is such a layer bound to a plain variable (`act = nn.ReLU(inplace=True)`, then `act(buffer)` and
`buffer` read again) in the same function or module body, or called where it is built
(`nn.ReLU(inplace=True)(buffer)`). Other in-place activations keep the plain
Jittor layer.

The functional form, `F.relu(z, inplace=True)` with `z` read after the call (the call is often a
statement of its own, its result unused), becomes `t2j.inplace_(z, <the converted call>)`.
"""
from __future__ import annotations

import ast

from . import register

# torch.nn.functional activations taking `inplace` (dropout's, random in training, are not among them)
FUNCTIONAL_IN_PLACE_CAPABLE = frozenset(
    f"torch.nn.functional.{name}" for name in (
        "relu", "relu6", "leaky_relu", "elu", "celu", "selu", "silu", "mish", "hardtanh", "hardswish",
        "hardsigmoid", "rrelu", "threshold",
    )
)
# torch.nn activations taking `inplace`: their constructor's position for it is the entry's
IN_PLACE_CAPABLE = frozenset(
    f"torch.nn.{name}" for name in (
        "ReLU", "ReLU6", "LeakyReLU", "ELU", "CELU", "SELU", "SiLU", "Mish", "Hardtanh", "Hardswish",
        "Hardsigmoid", "RReLU", "Threshold",
    )
)


class _Marked:
    """The in-place layer constructor calls to wrap: found per class (a ClassDef hook) and, when
    the file's first call is converted, per function and module body (_aliased_in_place_variables)."""

    def __init__(self, conv):
        self.calls: set[int] = set()
        self.write_backs: dict[int, tuple[ast.Subscript, str]] = {}  # `act(x[1:])` statements: x[1:] = act(x[1:])
        if conv.uses_torch:
            _aliased_in_place_variables(conv, conv.tree, self.calls, self.write_backs)


@register(ast.ClassDef, before=True)
def find_aliased_in_place_layers(conv, node: ast.ClassDef) -> None:
    heads: dict[str, list[ast.Call]] = {}
    methods = [m for m in node.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for method in methods:
        for stmt in ast.walk(method):
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                name = _self_attribute(stmt.targets[0])
                head = _in_place_head(conv, stmt.value)
                if name and head is not None:
                    heads.setdefault(name, []).append(head)
    if not heads:
        return
    marked = conv.state(_Marked).calls
    for method in methods:
        uses = _uses(method)
        for call in ast.walk(method):
            if not (isinstance(call, ast.Call) and len(call.args) == 1 and isinstance(call.args[0], ast.Name)):
                continue
            name = _self_attribute(call.func)
            if name in heads and _read_after(uses.get(call.args[0].id, ()), call):
                marked.update(id(h) for h in heads[name])


def _aliased_in_place_variables(conv, node: ast.Module, marked: set[int], write_backs: dict) -> None:
    """`act = nn.ReLU(inplace=True)` ... `act(buffer)` ... `buffer` read: in a function or the module body.
    `act(x[1:])` as a statement changes part of x in PyTorch: it goes to `write_backs`."""
    from .tensor_data import index_kind  # (tensor_data imports this module's names inside functions only)

    scopes = [node] + [n for n in ast.walk(node) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for scope in scopes:
        heads: dict[str, list[ast.Call]] = {}
        built_and_called = []  # `nn.ReLU(inplace=True)(buffer)`: the layer called where it is built
        on_parts = []  # `act(x[1:])` as a statement
        for stmt in _scope_walk(scope):
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                head = _in_place_head(conv, stmt.value)
                if head is not None:
                    heads.setdefault(stmt.targets[0].id, []).append(head)
            elif (isinstance(stmt, ast.Call) and isinstance(stmt.func, ast.Call) and len(stmt.args) == 1
                  and isinstance(stmt.args[0], ast.Name)):
                head = _in_place_head(conv, stmt.func)
                if head is not None:
                    built_and_called.append((stmt, [head]))
            elif (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and len(stmt.value.args) == 1
                  and not stmt.value.keywords and isinstance(stmt.value.args[0], ast.Subscript)):
                on_parts.append(stmt)
        for stmt in on_parts:
            call = stmt.value
            if index_kind(call.args[0]) != "advanced" and (
                    (isinstance(call.func, ast.Name) and call.func.id in heads) or _in_place_head(conv, call.func) is not None):
                layer = conv.qualname(call.func.func if isinstance(call.func, ast.Call) else heads[call.func.id][0].func)
                write_backs[id(stmt)] = (call.args[0], layer or "torch.nn.ReLU")
        if not heads and not built_and_called:
            continue
        uses = _uses(scope)
        for call in _scope_walk(scope):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id in heads
                    and len(call.args) == 1 and isinstance(call.args[0], ast.Name)):
                built_and_called.append((call, heads[call.func.id]))
        for call, layer_heads in built_and_called:
            if _read_after(uses.get(call.args[0].id, ()), call, scope is node):
                marked.update(id(h) for h in layer_heads)


@register(ast.Call)
def write_through(conv, node: ast.Call) -> None:
    fc = conv.fc
    if id(node) in conv.state(_Marked).calls:
        start, end = fc.src.start(node), fc.src.end(node)
        fc.edits.replace(start, end, f"{fc.helper('writes_through')}({fc.edits.render(start, end)})")
        return
    target = _functional_in_place_input(conv, node)
    if target is not None:
        start, end = fc.src.start(node), fc.src.end(node)
        fc.edits.replace(start, end, f"{fc.helper('inplace_')}({target}, {fc.edits.render(start, end)})")


@register(ast.Expr)
def write_back_layer_statement(conv, node: ast.Expr) -> None:
    found = conv.state(_Marked).write_backs.pop(id(node), None) if conv.uses_torch else None
    if found is not None:
        from .tensor_data import write_back

        fc, (target, layer) = conv.fc, found
        write_back(fc, node, target, layer, fc.src.data[fc.src.start(target):fc.src.end(target)].decode())


def _functional_in_place_input(conv, node: ast.Call) -> str | None:
    """The variable `F.relu(z, inplace=True)` writes into, when the code reads it after the call."""
    if conv.ctx.types is None or not node.args or not isinstance(node.args[0], ast.Name):
        return None
    q = conv.qualname(node.func)
    if q not in FUNCTIONAL_IN_PLACE_CAPABLE:
        return None
    if not inplace_flag(conv, q, node):
        return None
    scope = conv.ctx.types.func
    cache = conv.state(_Uses).by_scope
    uses = cache.get(id(scope))
    if uses is None:
        uses = cache[id(scope)] = _uses(scope)
    name = node.args[0].id
    return name if _read_after(uses.get(name, ()), node, isinstance(scope, ast.Module)) else None


def inplace_flag(conv, q: str, node: ast.Call) -> bool:
    """Whether the call of the functional activation `q` passes `inplace=True` (by name or position)."""
    entry = conv.fc.table.lookup(q)
    index = entry.pytorch.index("inplace") if entry is not None else -1
    flag = next((kw.value for kw in node.keywords if kw.arg == "inplace"), None)
    if flag is None and 0 <= index < len(node.args):
        flag = node.args[index]
    return flag is not None and _is_true(flag)


class _Uses:
    def __init__(self, conv):
        self.by_scope: dict[int, dict] = {}


def _scope_walk(scope: ast.AST):
    """The nodes of a function or module body, not those of the functions and classes it defines."""
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        n = stack.pop()
        yield n
        if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            stack.extend(ast.iter_child_nodes(n))


def _uses(function: ast.AST) -> dict[str, list[tuple[tuple[int, int], bool]]]:
    """Each variable's reads and bindings in `function`, as (position, is_read), in execution order:
    an assignment's targets are bound where the statement ends, after its value is computed."""
    uses: dict[str, list] = {}
    for node in ast.walk(function):
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name) and isinstance(name.ctx, ast.Store):
                        name._t2j_bound_at = (node.end_lineno, node.end_col_offset)
    for name in ast.walk(function):
        if isinstance(name, ast.Name):
            at = getattr(name, "_t2j_bound_at", None) or (name.lineno, name.col_offset)
            uses.setdefault(name.id, []).append((at, isinstance(name.ctx, ast.Load)))
    for events in uses.values():
        events.sort()
    return uses


def _read_after(events, call: ast.Call, is_global: bool = False) -> bool:
    """Whether the variable is read after `call` before anything binds it again (a module-level
    variable that nothing binds again may be read by anything, later)."""
    end = (call.end_lineno, call.end_col_offset)
    later = [is_read for at, is_read in events if at >= end]
    return later[0] if later else is_global


def _self_attribute(node: ast.AST) -> str | None:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
        return node.attr
    return None


def _in_place_head(conv, value: ast.AST) -> ast.Call | None:
    """The in-place activation call that first receives the input of the layer `value` builds."""
    if not isinstance(value, ast.Call):
        return None
    q = conv.qualname(value.func)
    if q == "torch.nn.Sequential":
        first = value.args[0] if value.args and not isinstance(value.args[0], ast.Starred) else None
        return _in_place_head(conv, first) if first is not None else None
    if q not in IN_PLACE_CAPABLE:
        return None
    for kw in value.keywords:
        if kw.arg == "inplace":
            return value if _is_true(kw.value) else None
    entry = conv.fc.table.lookup(q)
    index = entry.pytorch.index("inplace") if entry is not None else -1
    if 0 <= index < len(value.args) and _is_true(value.args[index]):
        return value
    return None


def _is_true(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is True

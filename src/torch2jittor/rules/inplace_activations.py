"""`nn.ReLU(inplace=True)` whose input the module reads again: PyTorch's result depends on the write.

Jittor's activations never compute in place, so `inplace` is normally dropped: it only saves memory.
It changes the result where the module's input is read after the in-place layer ran on it. Xception
(weiaicunzai/pytorch-cifar100) does

    residual = self.conv4_residual(x)   # a Sequential whose first layer is ReLU(inplace=True)
    shortcut = self.conv4_shortcut(x)   # PyTorch: x is relu(x) by now

Such a layer (an in-place activation, or a Sequential whose first layer is one, at any depth), held
as `self.<name>` and called in one of the class's methods on a variable that is read after the call,
is wrapped in `t2j.writes_through(...)`: its output is written into its input Var, as PyTorch does.
Other in-place activations keep the plain Jittor layer.
"""
from __future__ import annotations

import ast

from . import register

# torch.nn activations taking `inplace`: their constructor's position for it is the entry's
IN_PLACE_CAPABLE = frozenset(
    f"torch.nn.{name}" for name in (
        "ReLU", "ReLU6", "LeakyReLU", "ELU", "CELU", "SELU", "SiLU", "Mish", "Hardtanh", "Hardswish",
        "Hardsigmoid", "RReLU", "Threshold",
    )
)


class _Marked:
    def __init__(self, conv):
        self.calls: set[int] = set()


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


@register(ast.Call)
def write_through(conv, node: ast.Call) -> None:
    if id(node) not in conv.state(_Marked).calls:
        return
    fc = conv.fc
    start, end = fc.src.start(node), fc.src.end(node)
    fc.needed.add("t2j")
    fc.edits.replace(start, end, f"{fc.aliases.get('t2j', 't2j')}.writes_through({fc.edits.render(start, end)})")


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


def _read_after(events, call: ast.Call) -> bool:
    """Whether the variable is read after `call` before anything binds it again."""
    end = (call.end_lineno, call.end_col_offset)
    later = [is_read for at, is_read in events if at >= end]
    return bool(later) and later[0]


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

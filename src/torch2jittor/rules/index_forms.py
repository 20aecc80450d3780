"""Index forms PyTorch takes and Jittor's getitem/setitem refuse.

    x[range(n), y] = v        ->  x[list(range(n)), y] = v
    x[[True, False, True]]    ->  x[jt.array([True, False, True])]     (x a provable tensor)

Jittor 1.3 raises on a `range` in an index ("type <range> not support for jittor array");
PyTorch and numpy read it as the list of its integers, so the list means the same to any receiver
(a list or dict indexed by a range was an error already). A list literal of bools is a mask to
PyTorch; Jittor raises and asks for a bool Var. Only on provable tensors: a numpy array takes the
list as it is.
"""
from __future__ import annotations

import ast

from . import register


def _elements(index: ast.AST) -> list[ast.AST]:
    return list(index.elts) if isinstance(index, ast.Tuple) else [index]


def _is_range(conv, node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range"
            and not node.keywords and conv.resolver.is_builtin("range", conv.ctx.scope))


def _is_bool_list(node: ast.AST) -> bool:
    return (isinstance(node, ast.List) and bool(node.elts)
            and all(isinstance(e, ast.Constant) and isinstance(e.value, bool) for e in node.elts))


@register(ast.Subscript)
def index_forms(conv, node: ast.Subscript) -> None:
    if not conv.uses_torch:
        return
    edits, src = conv.fc.edits, conv.fc.src
    tensor = conv.ctx.types is not None and conv.ctx.types.is_tensor(node.value)
    for element in _elements(node.slice):
        if _is_range(conv, element):
            edits.insert(src.start(element), "list(")
            edits.insert(src.end(element), ")")
        elif tensor and _is_bool_list(element):
            conv.fc.needed.add("jt")
            edits.insert(src.start(element), f"{conv.fc.aliases.get('jt', 'jt')}.array(")
            edits.insert(src.end(element), ")")

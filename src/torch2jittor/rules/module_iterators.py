"""`next(model.parameters())`: Jittor's Module returns lists where PyTorch returns iterators.

On a receiver rules/module_methods.py takes for a module the call goes to a helper returning an
iterator; on any other (a module it cannot prove) this wraps the list.

`next()` of a list raises TypeError, so the argument is wrapped: `next(iter(model.parameters()))`.
Every other use (`for p in ...`, `list(...)`, `sum(...)`) works on a list as it does on an iterator.
"""
from __future__ import annotations

import ast

from . import register
from .module_methods import is_module_receiver

ITERATOR_METHODS = frozenset({"parameters", "named_parameters", "buffers", "named_buffers", "children",
                              "named_children", "modules", "named_modules"})


@register(ast.Call)
def wrap_next_argument(conv, node: ast.Call) -> None:
    if not (conv.uses_torch and isinstance(node.func, ast.Name) and node.func.id == "next"
            and 1 <= len(node.args) <= 2 and not node.keywords):
        return
    inner = node.args[0]
    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr in ITERATOR_METHODS:
        if is_module_receiver(inner, conv.ctx):
            return  # converted to its helper, which returns an iterator as PyTorch does
        fc = conv.fc
        fc.edits.replace(fc.src.start(inner), fc.src.end(inner), f"iter({fc.text(inner)})")

"""`def forward` -> `def execute` on nn.Module subclasses (Jittor's Module calls `execute`)."""
from __future__ import annotations

import ast

from . import register


@register(ast.FunctionDef, ast.AsyncFunctionDef, before=True)
def rename_forward_def(conv, node: ast.FunctionDef) -> None:
    if not (conv.ctx.module_class and node.name == "forward"):
        return
    fc = conv.fc
    start = fc.src.data.find(b"forward", fc.src.start(node))
    fc.edits.replace(start, start + len(b"forward"), "execute")


@register(ast.Attribute)
def rename_forward_call(conv, node: ast.Attribute) -> None:
    """`self.forward(x)` / `super().forward(x)` inside a module class."""
    if node.attr != "forward" or not conv.ctx.class_is_module:
        return
    value = node.value
    is_self = isinstance(value, ast.Name) and value.id == "self"
    is_super = isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "super"
    if is_self or is_super:
        end = conv.fc.src.end(node)
        conv.fc.edits.replace(end - len(b"forward"), end, "execute")

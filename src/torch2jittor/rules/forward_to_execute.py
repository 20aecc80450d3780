"""`def forward` -> `def execute` on nn.Module subclasses (Jittor's Module calls `execute`)."""
from __future__ import annotations

import ast


def rename_forward_def(fc, node: ast.FunctionDef) -> None:
    start = fc.src.data.find(b"forward", fc.src.start(node))
    fc.edits.replace(start, start + len(b"forward"), "execute")


def rename_forward_call(fc, node: ast.Attribute) -> None:
    """`self.forward(x)` / `super().forward(x)` inside a module class."""
    value = node.value
    is_self = isinstance(value, ast.Name) and value.id == "self"
    is_super = isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "super"
    if is_self or is_super:
        end = fc.src.end(node)
        fc.edits.replace(end - len(b"forward"), end, "execute")

"""Torch imports out, the Jittor imports the converted code needs in.

Rewrite rules never touch imports: they only record which Jittor modules they emitted
(`fc.needed`). Here, after the pass, the first module-level torch import becomes the block of
Jittor imports (in the seed's order: jt, init, nn); every other torch import goes away.
Without a module-level torch import the block goes after the docstring and `__future__` imports.
"""
from __future__ import annotations

import ast

from ..resolve import is_torch_module

ORDER = ("jt", "init", "nn")
TEMPLATES = {
    "jt": ("import jittor as jt", "import jittor as {alias}"),
    "init": ("from jittor import init", "from jittor import init as {alias}"),
    "nn": ("from jittor import nn", "from jittor import nn as {alias}"),
}


def import_lines(fc) -> list[str]:
    lines = []
    for name in ORDER:
        if name in fc.needed:
            plain, aliased = TEMPLATES[name]
            alias = fc.aliases.get(name, name)
            lines.append(plain if alias == name else aliased.format(alias=alias))
    return lines


def _kept_aliases(stmt: ast.stmt) -> list[str]:
    """Non-torch names of `import os, torch` (an ImportFrom is torch-only or untouched)."""
    if not isinstance(stmt, ast.Import):
        return []
    return [
        a.name + (f" as {a.asname}" if a.asname else "") for a in stmt.names if not is_torch_module(a.name)
    ]


def finish_imports(fc, resolver, tree: ast.Module) -> None:
    src, edits = fc.src, fc.edits
    block = import_lines(fc)
    nl = src.newline.decode()
    module_level = [s for s, scope in resolver.torch_imports if scope.kind == "module"]
    others = [s for s, scope in resolver.torch_imports if scope.kind != "module"]
    placed = False
    top = {id(s) for s in tree.body}
    nested = any(id(s) not in top for s, _ in resolver.torch_imports)
    parents = _parent_bodies(tree) if nested else {id(s): tree.body for s in tree.body}
    for stmt in module_level + others:
        lines = []
        kept = _kept_aliases(stmt)
        if kept:
            lines.append("import " + ", ".join(kept))
        if not placed and stmt in module_level and block:
            lines += block
            placed = True
        if lines:
            indent = src.data[src.line_starts[stmt.lineno - 1] : src.start(stmt)].decode()
            indent = indent if indent.strip() == "" else ""
            edits.replace(src.start(stmt), src.end(stmt), (nl + indent).join(lines))
        else:
            _remove_statement(fc, stmt, parents, tree.body)
    if block and not placed:
        _insert_at_top(fc, tree, block, nl)


def _parent_bodies(tree: ast.Module) -> dict[int, list]:
    parents = {}
    for node in ast.walk(tree):
        for attr in ("body", "orelse", "finalbody"):
            body = getattr(node, attr, None)
            if isinstance(body, list):
                for stmt in body:
                    parents[id(stmt)] = body
        for handler in getattr(node, "handlers", []) or []:
            for stmt in handler.body:
                parents[id(stmt)] = handler.body
        for case in getattr(node, "cases", []) or []:
            for stmt in case.body:
                parents[id(stmt)] = case.body
    return parents


def _remove_statement(fc, stmt: ast.stmt, parents, module_body: list) -> None:
    src, edits, data = fc.src, fc.edits, fc.src.data
    body = parents.get(id(stmt))
    start, end = src.start(stmt), src.end(stmt)
    if body is not None and body is not module_body and body[0] is stmt and all(_is_pure_torch_import(s) for s in body):
        edits.replace(start, end, "pass")  # the block would be left empty
        return
    line_start = src.line_starts[stmt.lineno - 1]
    line_end = src.line_end(stmt.end_lineno)
    before = data[line_start:start]
    after = data[end:line_end]
    if before.strip(b" \t") == b"" and after.strip(b" \t") == b"":
        next_line = src.line_starts[stmt.end_lineno] if stmt.end_lineno < len(src.line_starts) else len(data)
        edits.replace(line_start, next_line, b"")
    elif before.strip(b" \t") == b"" and after.lstrip(b" \t").startswith(b"#"):
        # keep the user's comment on its own line
        edits.replace(start, end + len(after) - len(after.lstrip(b" \t")), b"")
    else:
        edits.replace(start, end, "pass")  # `import torch; x = 1`


def _is_pure_torch_import(stmt) -> bool:
    if isinstance(stmt, ast.Import):
        return all(is_torch_module(a.name) for a in stmt.names)
    if isinstance(stmt, ast.ImportFrom):
        return stmt.level == 0 and is_torch_module(stmt.module or "")
    return False


def _insert_at_top(fc, tree: ast.Module, block: list[str], nl: str) -> None:
    body = tree.body
    i = 0
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(
        body[0].value.value, str
    ):
        i = 1
    while i < len(body) and isinstance(body[i], ast.ImportFrom) and body[i].module == "__future__":
        i += 1
    text = nl.join(block) + nl
    if i < len(body) and not isinstance(body[i], (ast.Import, ast.ImportFrom)):
        text += nl * 2  # PEP 8: two blank lines before the first def/class
    if i < len(body):
        fc.edits.insert(fc.src.line_starts[body[i].lineno - 1], text)
    else:
        data = fc.src.data
        prefix = b"" if not data or data.endswith(b"\n") else nl.encode()
        fc.edits.insert(len(data), prefix.decode() + text)

"""Whole statements out of the output, which stays valid Python and keeps the user's comments.

Torch imports go (imports.py), and so do statements a rewrite left doing nothing: `x = x.to(device)`
became `x = x`, `model.cuda()` became `model` (rules/device_move.py). Statements sharing a line
with `;` go with their separator (`import torch; y = 1` -> `y = 1`); a block left empty gets `pass`.
"""
from __future__ import annotations

import ast


def parent_bodies(tree: ast.Module) -> dict[int, list]:
    """id(statement) -> the statement list holding it."""
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


def does_nothing(fc, stmt: ast.stmt) -> bool:
    """Whether the statement, as rewritten so far, is `x = x`, `a, b = a, b` or a bare name
    (`model`, `self.net`). Only asked of statements a rewrite emptied: the user's own stay."""
    start, end = fc.src.start(stmt), fc.src.end(stmt)
    if fc.has_comment(start, end):
        return False  # removing it would take a comment inside it along
    try:
        (new,) = ast.parse(fc.edits.render(start, end)).body
    except (SyntaxError, ValueError):
        return False
    if isinstance(new, ast.Assign):
        return all(_same(target, new.value) for target in new.targets)
    return isinstance(new, ast.Expr) and _plain_name(new.value)


def _same(target: ast.AST, value: ast.AST) -> bool:
    if isinstance(target, (ast.Tuple, ast.List)) and isinstance(value, (ast.Tuple, ast.List)):
        return len(target.elts) == len(value.elts) and all(map(_same, target.elts, value.elts))
    return _plain_name(target) and _plain_name(value) and ast.unparse(target) == ast.unparse(value)


def _plain_name(node: ast.AST) -> bool:
    """`x`, `self.model`: reading it does nothing (unlike a call or an index)."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


def remove_statements(fc, tree: ast.Module, stmts: list[ast.stmt]) -> None:
    if not stmts:
        return
    removed = {id(s) for s in stmts}
    top = {id(s) for s in tree.body}
    parents = parent_bodies(tree) if not removed <= top else {id(s): tree.body for s in tree.body}
    bodies = {id(parents[id(s)]): parents[id(s)] for s in stmts if id(s) in parents}
    for body in bodies.values():
        emptied = body is not tree.body and all(id(s) in removed for s in body)
        for n, group in enumerate(_line_groups(body)):
            if not any(id(s) in removed for s in group):
                continue
            if emptied and n == 0:
                fc.edits.replace(fc.src.start(group[0]), fc.src.end(group[-1]), "pass")  # the block needs one statement
            else:
                _remove_from_group(fc, group, removed)


def _line_groups(body: list[ast.stmt]) -> list[list[ast.stmt]]:
    """Runs of statements on shared lines (`a; b; c`)."""
    groups: list[list[ast.stmt]] = []
    for stmt in body:
        if groups and groups[-1][-1].end_lineno == stmt.lineno:
            groups[-1].append(stmt)
        else:
            groups.append([stmt])
    return groups


def _remove_from_group(fc, group: list[ast.stmt], removed: set[int]) -> None:
    src, edits, data = fc.src, fc.edits, fc.src.data
    kept = [i for i, s in enumerate(group) if id(s) not in removed]
    if kept:
        # `a; b; c` without b: b goes with the `; ` after it; after the last kept one, with the `; ` before it.
        last = kept[-1]
        for i, stmt in enumerate(group):
            if id(stmt) not in removed:
                continue
            if i < last:
                edits.replace(src.start(stmt), src.start(group[i + 1]), b"")
            else:
                edits.replace(src.end(group[i - 1]), src.end(stmt), b"")
        return
    first, final = group[0], group[-1]
    start, end = src.start(first), src.end(final)
    line_start = src.line_starts[first.lineno - 1]
    line_end = src.line_end(final.end_lineno)
    before, after = data[line_start:start], data[end:line_end]
    if before.strip(b" \t") == b"" and after.strip(b" \t;") == b"":
        next_line = src.line_starts[final.end_lineno] if final.end_lineno < len(src.line_starts) else len(data)
        edits.replace(line_start, next_line, b"")
    elif before.strip(b" \t") == b"" and after.lstrip(b" \t;").startswith(b"#"):
        # keep the user's comment on its own line
        edits.replace(start, end + len(after) - len(after.lstrip(b" \t;")), b"")
    else:
        edits.replace(start, end, "pass")

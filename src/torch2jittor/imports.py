"""Torch imports out, the Jittor imports the converted code needs in.

Rewrite rules never touch imports: they only record which Jittor modules they emitted
(`fc.needed`). Here, after the pass, the first module-level torch import becomes the block of
Jittor imports (in the seed's order: jt, init, nn); every other torch import goes away.
Without a module-level torch import the block goes after the docstring and `__future__` imports.
"""
from __future__ import annotations

import ast

from .resolve import is_source_module, is_torch_module

ORDER = ("jt", "init", "nn", "t2j")
TEMPLATES = {
    "jt": ("import jittor as jt", "import jittor as {alias}"),
    "init": ("from jittor import init", "from jittor import init as {alias}"),
    "nn": ("from jittor import nn", "from jittor import nn as {alias}"),
    # The helper module written next to the converted code: inside a package or beside a script.
    "t2j": (
        "try:\n    from . import jittor_compat as t2j\nexcept ImportError:\n    import jittor_compat as t2j",
        "try:\n    from . import jittor_compat as {alias}\nexcept ImportError:\n    import jittor_compat as {alias}",
    ),
}


def import_lines(fc) -> list[str]:
    lines = []
    for name in ORDER:
        if name in fc.needed:
            plain, aliased = TEMPLATES[name]
            alias = fc.aliases.get(name, name)
            lines.extend((plain if alias == name else aliased.format(alias=alias)).split("\n"))
    return lines


def _rewritten(stmt: ast.stmt, table, used=None) -> str | None:
    """What a source-package import becomes: None (unchanged), "" (gone) or new text.

    torch goes entirely. From torchvision (or a relative import into it) only the names the
    table converts go: the others are sibling modules or unsupported, and stay importable.
    A script's absolute torchvision import also goes when the converted code no longer uses
    the name it binds (`from torchvision import datasets, transforms` once every
    `transforms.X(...)` became `t2j.X(...)`): converted code must run without torchvision.
    """
    used = _EVERY_NAME if used is None else used
    if isinstance(stmt, ast.Import):
        kept = [a for a in stmt.names if not is_torch_module(a.name)
                and (_bound_name(a) in used or not is_source_module(a.name))]
        if len(kept) == len(stmt.names):
            return None
        return "import " + ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in kept) if kept else ""
    module = getattr(stmt, "t2j_module", stmt.module or "")
    if is_torch_module(module):
        return ""
    absolute = stmt.level == 0 and getattr(stmt, "t2j_relative", None) is None and is_source_module(module)
    kept = [a for a in stmt.names if a.name == "*" or table.lookup(f"{module}.{a.name}") is None
            and (not absolute or _bound_name(a) in used)]
    relative = getattr(stmt, "t2j_relative", None)  # torchvision's absolute self-import
    if len(kept) == len(stmt.names) and relative is None:
        return None
    if not kept:
        return ""
    names = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in kept)
    return f"from {relative or '.' * stmt.level + (stmt.module or '')} import {names}"


def finish_imports(fc, resolver, tree: ast.Module) -> None:
    src, edits = fc.src, fc.edits
    if fc.deleted_code:
        _forget_unused_modules(fc)
    block = import_lines(fc)
    nl = src.newline.decode()
    used = _UsedNames(fc)
    plans = [(stmt, scope, _rewritten(stmt, fc.table, used)) for stmt, scope in resolver.torch_imports]
    # The Jittor imports go where the first module-level torch import was (else: at the top).
    site = next(
        (stmt for stmt, scope, new in plans if scope.kind == "module" and new is not None
         and (isinstance(stmt, ast.Import) or is_torch_module(getattr(stmt, "t2j_module", "")))
         and _alone_on_its_lines(src, stmt)),
        None,
    )
    for stmt, scope, new in plans:
        if new is None and stmt is not site:
            continue
        lines = [new] if new else []
        if stmt is site and block:
            lines += block
        if lines:
            indent = src.data[src.line_starts[stmt.lineno - 1] : src.start(stmt)].decode()
            indent = indent if indent.strip() == "" else ""
            edits.replace(src.start(stmt), src.end(stmt), (nl + indent).join(lines))
        else:
            fc.removed_statements.append(stmt)  # removed with the others (statements.py)
    if block and site is None:
        _insert_at_top(fc, tree, block, nl)


def _bound_name(alias: ast.alias) -> str:
    return alias.asname or alias.name.split(".")[0]


def _names_still_used(rendered) -> frozenset:
    """Names the converted code reads outside import statements (not as `x.name`, not as a
    keyword argument's name). Conservative: text that does not tokenize uses every name."""
    import io
    import tokenize

    names, line, previous = set(), [], None
    try:
        text = rendered.decode("utf-8") if isinstance(rendered, bytes) else rendered
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (UnicodeDecodeError, tokenize.TokenError, SyntaxError):
        return _EVERY_NAME
    for k, tok in enumerate(tokens):
        if tok.type in (tokenize.NEWLINE, tokenize.ENDMARKER):
            line = []
            continue
        if tok.type in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT):
            continue
        line.append(tok.string)
        if tok.type == tokenize.NAME and line[0] not in ("import", "from") and previous != ".":
            following = next((t.string for t in tokens[k + 1:] if t.type not in (tokenize.NL, tokenize.COMMENT)), "")
            if not (following == "=" and previous in ("(", ",")):
                names.add(tok.string)
        previous = tok.string
    return frozenset(names)


class _EveryName(frozenset):
    def __contains__(self, name) -> bool:
        return True


_EVERY_NAME = _EveryName()


class _UsedNames:
    """_names_still_used of the converted file, tokenized only if a torchvision import asks."""

    def __init__(self, fc):
        self.fc, self.names = fc, None

    def __contains__(self, name) -> bool:
        if self.names is None:
            self.names = _names_still_used(self.fc.edits.result())
        return name in self.names


def _forget_unused_modules(fc) -> None:
    """A module only a deleted argument used (`device=torch.device(...)` became `t2j.device`, then
    went with its argument) needs no import."""
    import re

    rendered = fc.edits.result()
    for module in list(fc.needed):
        alias = fc.aliases.get(module, module).encode()
        if not re.search(rb"(?<![\w.])" + re.escape(alias) + rb"\.", rendered):
            fc.needed.discard(module)


def _alone_on_its_lines(src, stmt) -> bool:
    """No other statement shares the statement's lines (`import os; import torch`, `if x: import torch`):
    only then can a block of import lines take its place."""
    before = src.data[src.line_starts[stmt.lineno - 1] : src.start(stmt)]
    after = src.data[src.end(stmt) : src.line_end(stmt.end_lineno)]
    return before.strip(b" \t") == b"" and (after.strip(b" \t") == b"" or after.lstrip(b" \t").startswith(b"#"))


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

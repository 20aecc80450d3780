"""Torch imports out, the Jittor imports the converted code needs in.

Rewrite rules never touch imports: they only record which Jittor modules they emitted
(`fc.needed`). Here, after the pass, the first module-level torch import becomes the block of
Jittor imports (in the seed's order: jt, init, nn); every other torch import goes away.
Without a module-level torch import the block goes after the docstring and `__future__` imports.
"""
from __future__ import annotations

import ast

from . import torchvision_package
from .resolve import is_source_module, is_torch_module

ORDER = ("jt", "init", "nn", "t2j")
TEMPLATES = {
    "jt": ("import jittor as jt", "import jittor as {alias}"),
    "init": ("from jittor import init", "from jittor import init as {alias}"),
    "nn": ("from jittor import nn", "from jittor import nn as {alias}"),
    # The helper package written next to the converted code: inside a package or beside a script.
    "t2j": (
        "try:\n    from . import jittor_compat as t2j\nexcept ImportError:\n    import jittor_compat as t2j",
        "try:\n    from . import jittor_compat as {alias}\nexcept ImportError:\n    import jittor_compat as {alias}",
    ),
}


def import_lines(fc) -> list[str]:
    lines = []
    for name in ORDER:
        if name in fc.needed:
            alias = fc.aliases.get(name, name)
            if name == "t2j" and fc.helper_levels_up:
                lines.extend(_shared_helper_import(alias, fc.helper_levels_up, fc.package))
                continue
            plain, aliased = TEMPLATES[name]
            lines.extend((plain if alias == name else aliased.format(alias=alias)).split("\n"))
    return lines


def _shared_helper_import(alias: str, levels_up: int, package: str | None) -> list[str]:
    """The import of the one helper package at the root of a converted tree, `levels_up` folders
    above the file: relative when the file's package reaches that root, else absolute (the root
    is on sys.path for `python -m pkg.module`); a script run directly (`python sub/script.py`)
    finds it by its own path."""
    if package is not None and len(package.split(".")) > levels_up:
        first = f"from {'.' * (levels_up + 1)} import jittor_compat as {alias}"
    else:
        first = f"import jittor_compat as {alias}"
    up = ", ".join(["os.pardir"] * levels_up)
    return [
        "try:",
        f"    {first}",
        "except ImportError:  # run as a script: the helper package is at the root of the converted tree",
        "    import os",
        "    import sys",
        f"    sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), {up}))",
        f"    import jittor_compat as {alias}",
    ]


def _rewritten(stmt: ast.stmt, table) -> str | None:
    """What a source-package import becomes: None (unchanged), "" (gone) or new text.

    torch and torchvision go entirely (what the table maps is converted, anything else bound to a
    stand-in where it is used). Converting torchvision itself, its imports of its own modules
    (relative, or absolute made relative) lose only the names the table converts.
    """
    if isinstance(stmt, ast.Import):
        kept = [a for a in stmt.names if not is_source_module(a.name)]
        if len(kept) == len(stmt.names):
            return None
        return "import " + ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in kept) if kept else ""
    module = getattr(stmt, "t2j_module", stmt.module or "")
    if is_torch_module(module):
        return ""
    relative = getattr(stmt, "t2j_relative", None)  # torchvision's absolute self-import
    if stmt.level == 0 and relative is None:
        # Code using torchvision, not torchvision itself: what the table does not map is bound to
        # a stand-in where it is used, so the converted code runs without torchvision.
        return "" if all(a.name != "*" for a in stmt.names) else None
    kept = [a for a in stmt.names if a.name == "*" or table.lookup(f"{module}.{a.name}") is None]
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
    plans = [(stmt, scope, _rewritten(stmt, fc.table)) for stmt, scope in resolver.torch_imports]
    plans += [(stmt, scope, _without_torch_names(stmt)) for stmt, scope in resolver.sibling_imports]
    # Bindings come first: they may need Jittor modules (and the helper module) imported.
    bindings = _bindings(fc, tree, [stmt for stmt, _, new in plans
                                    if new is not None or hasattr(stmt, "t2j_sibling")]) if plans else {}
    block = import_lines(fc)
    nl = src.newline.decode()
    # The Jittor imports go where the first module-level torch import was (else: at the top).
    site = next(
        (stmt for stmt, scope, new in plans if scope.kind == "module" and new is not None
         and (isinstance(stmt, ast.Import) or is_torch_module(getattr(stmt, "t2j_module", "")))
         and _alone_on_its_lines(src, stmt)),
        None,
    )
    for stmt, scope, new in plans:
        if new is None and stmt is not site and id(stmt) not in bindings:
            continue
        lines = [new] if new else ([fc.text(stmt)] if new is None else [])
        if stmt is site and block:
            lines += block
        lines += bindings.get(id(stmt), [])
        if lines:
            indent = src.data[src.line_starts[stmt.lineno - 1] : src.start(stmt)].decode()
            if indent.strip() == "":
                edits.replace(src.start(stmt), src.end(stmt), (nl + indent).join(lines))
            else:  # `x = 1; import torch`: the lines stay on the statement's line
                edits.replace(src.start(stmt), src.end(stmt), "; ".join(lines))
        else:
            fc.removed_statements.append(stmt)  # removed with the others (statements.py)
    if block and site is None:
        _insert_at_top(fc, tree, block, nl)


def _bindings(fc, tree: ast.Module, statements: list[ast.stmt]) -> dict[int, list[str]]:
    """`name = <Jittor counterpart or stand-in>` for each name a removed import bound that the
    converted code still uses (or exports through `__all__`), by statement.

    Converted code must never refer to a name that nothing binds: an unsupported API left as
    written (`torch.special_op(x)`), a torch module used as a value (`input_fmt: F = 'NCHW'`,
    `hasattr(torch, ...)`), a name another module imports from this one (`from .trace_utils import
    _assert`), a name also bound by a fallback (`try: from torch import _assert except ...`).
    A name the table maps is bound to its Jittor counterpart; any other to a stand-in from the
    helper module, which raises, naming the torch API, only when it is used.
    A module-level import under `try`/`if` (or in an `__init__.py`) exists to provide its names to
    importers: its names are bound even where this file does not use them.
    """
    used = _names_still_used(fc)
    provided = _provided_names(fc, tree)
    if not used and not provided:
        return {}
    used |= provided
    jittor_names = {fc.aliases.get(m, m) for m in ("jt", "init", "nn", "t2j")}
    out: dict[int, list[str]] = {}
    from_siblings: set[str] = set()  # star imports are module-level: one binding per name will do
    for stmt in statements:
        module = getattr(stmt, "t2j_module", None)
        sibling = getattr(stmt, "t2j_sibling", None)
        for alias in stmt.names:
            if sibling is not None:
                names = sibling if alias.name == "*" else [n for n in [alias.asname or alias.name] if n in sibling]
                for name in names:
                    if name in from_siblings:
                        continue
                    from_siblings.add(name)
                    if name in used and not (name in jittor_names and _jittor_alias_needed(fc, name)):
                        out.setdefault(id(stmt), []).append(f"{name} = {_counterpart(fc, sibling[name])}")
                continue
            if isinstance(stmt, ast.Import):
                if not is_source_module(alias.name):
                    continue
                name = alias.asname or alias.name.split(".")[0]
                qualname = alias.name if alias.asname else name
            else:
                if alias.name == "*" or not module:
                    continue
                name, qualname = alias.asname or alias.name, f"{module}.{alias.name}"
                if (stmt.level or hasattr(stmt, "t2j_relative")) and fc.table.lookup(qualname) is None:
                    continue  # a module of the package being converted: it stays imported
            if name not in used or (name in jittor_names and _jittor_alias_needed(fc, name)):
                continue
            out.setdefault(id(stmt), []).append(f"{name} = {_counterpart(fc, qualname)}")
    return out


def _without_torch_names(stmt: ast.ImportFrom) -> str | None:
    """A sibling import without the torch names it brings (bound here instead): the sibling's
    converted code may no longer bind them. A star import stays as it is (None)."""
    if any(a.name == "*" for a in stmt.names):
        return None
    kept = [a for a in stmt.names if (a.asname or a.name) not in stmt.t2j_sibling]
    if not kept:
        return ""
    names = ", ".join(a.name + (f" as {a.asname}" if a.asname else "") for a in kept)
    return f"from {'.' * stmt.level + (stmt.module or '')} import {names}"


def _provided_names(fc, tree: ast.Module) -> set[str]:
    """Names of non-module torch imports made for importers: module-level, under `try`/`if`, or in an `__init__.py`."""
    init = fc.filename.replace("\\", "/").rsplit("/", 1)[-1] == "__init__.py"
    names = set()
    for stmt in tree.body:
        if init:
            candidates = [stmt]
        elif isinstance(stmt, (ast.Try, ast.If)):
            candidates = [s for s in ast.walk(stmt) if isinstance(s, ast.ImportFrom)]
        else:
            continue
        for s in candidates:
            if isinstance(s, ast.ImportFrom) and is_torch_module(getattr(s, "t2j_module", "") or ""):
                names.update(a.asname or a.name for a in s.names if a.name != "*")
    return names


def _jittor_alias_needed(fc, name: str) -> bool:
    return any(fc.aliases.get(m, m) == name and m in fc.needed for m in ("jt", "init", "nn", "t2j"))


def _counterpart(fc, qualname: str) -> str:
    entry = fc.table.lookup(qualname)
    # torchvision.models (or one of its files) still named after the rewrites: only by what was
    # not converted (`models.detection.x`), whose stand-in then says which API was used.
    if entry is not None and not entry.is_method and not torchvision_package.is_module(qualname):
        return fc.value_expr(entry)
    return f"{fc.helper('unsupported')}({qualname!r})"


def _names_only_local(code: str) -> set[str]:
    """Names the code loads only where a function's parameter or local of that name shadows the
    module's (`def __init__(self, data)` beside `import torch.utils.data as data`): no use of an
    import. Names a function imports itself are kept: its removed import may need a stand-in."""
    import symtable

    try:
        top = symtable.symtable(code, "<converted>", "exec")
    except SyntaxError:
        return set()
    module_wide, local, scopes = set(), set(), [top]
    while scopes:
        scope = scopes.pop()
        scopes.extend(scope.get_children())
        module_level = scope.get_type() == "module"
        for symbol in scope.get_symbols():
            if not module_level and symbol.is_imported():  # a function's own import may need a stand-in too
                module_wide.add(symbol.get_name())
            elif symbol.is_referenced():
                (module_wide if module_level or symbol.is_global() else local).add(symbol.get_name())
    return local - module_wide


def _names_still_used(fc) -> set[str]:
    """Names the code loads after the rewrites (imports not yet touched), and those in `__all__`."""
    try:
        tree = ast.parse(fc.edits.result())
    except SyntaxError:  # reported later, when the final code is checked
        return set()
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            if isinstance(node.ctx, ast.Load):
                used.add(node.id)
        elif isinstance(node, (ast.arg, ast.AnnAssign, ast.FunctionDef, ast.AsyncFunctionDef)):
            # A string annotation ("OrderedDict[str, torch.Tensor]") names what typing.get_type_hints evaluates.
            annotation = node.returns if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) else node.annotation
            if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
                try:
                    used.update(n.id for n in ast.walk(ast.parse(annotation.value, mode="eval")) if isinstance(n, ast.Name))
                except SyntaxError:
                    pass
        elif isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
                used.update(c.value for c in ast.walk(node.value)
                            if isinstance(c, ast.Constant) and isinstance(c.value, str))
    return used - _names_only_local(fc.edits.result())


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

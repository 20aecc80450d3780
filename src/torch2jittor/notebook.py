"""Jupyter notebooks: code cells converted together (imports in one cell serve the others),
outputs and metadata untouched.

IPython's own syntax is left as written: line magics (`%time x`), shell lines (`!pip`, `x = !ls`),
help (`y?`, `?y`, `y??`), auto-call (`/f x`) and cells of a non-Python cell magic (`%%bash`).
Under a cell magic that runs its body as Python (`%%time`), the magic line stays and the body
is converted. Positions are given as `file:cell N:line:col` (ruff's form).
"""
from __future__ import annotations

import json
import re

from .api import convert_source
from .diagnostics import ConversionError, ConversionResult, Diagnostic

CELL_MARK = "# __t2j_cell_{}__"
MAGIC_MARK = "pass  # __t2j_magic_{}__"
_MAGIC_BACK = re.compile(r"^(\s*)pass  # __t2j_magic_(\d+)__$")
# A line IPython rewrites before Python sees it, when it starts a statement:
_MAGIC_LINE = re.compile(
    r"^(\s*)("
    r"[%!].*"  # %magic, !shell
    r"|[/,;]\w.*"  # auto-call: /f x, ,f a b, ;f a b
    r"|\?{1,2}\S.*"  # ?obj, ??obj
    r"|[\w.*\[\]]+\?{1,2}\s*"  # obj?, obj.attr??, *pattern*?
    r"|[\w.]+(?:\s*,\s*[\w.]+)*\s*=\s*[!%].*"  # files = !ls, t = %timeit -o f()
    r")$"
)
# Cell magics that run their body as Python: the body is converted, the magic line kept.
PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug"})
_CELL_MAGIC = re.compile(r"^\s*%%(\w+)")


def _cell_text(cell) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def _set_cell_text(cell, text: str) -> None:
    if isinstance(cell.get("source"), list):
        cell["source"] = text.splitlines(keepends=True)
    else:
        cell["source"] = text


def convert_notebook(text: str, filename: str = "<notebook>", **options) -> tuple[str, ConversionResult]:
    """Return the converted notebook JSON text and the result (positions as cell:line in messages)."""
    try:
        nb = json.loads(text)
        cells = nb["cells"]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ConversionError(f"not a Jupyter notebook: {exc}", filename) from None
    code_cells = [(i, c) for i, c in enumerate(cells) if c.get("cell_type") == "code" and _is_python(_cell_text(c))]
    magics: list[str] = []
    pieces: list[str] = []
    starts: list[tuple[int, int]] = []  # (first line of the cell in the joined source, cell index)
    line = 1
    for k, (index, cell) in enumerate(code_cells):
        body_lines = []
        cell_lines = _cell_text(cell).split("\n")
        for src_line, at_statement in zip(cell_lines, _statement_starts(cell_lines)):
            m = _MAGIC_LINE.match(src_line) if at_statement else None
            if m:
                body_lines.append(m.group(1) + MAGIC_MARK.format(len(magics)))
                magics.append(m.group(2))
            else:
                body_lines.append(src_line)
        pieces.append(CELL_MARK.format(k))
        starts.append((line + 1, index))
        pieces.extend(body_lines)
        line += 1 + len(body_lines)
    joined = "\n".join(pieces) + "\n"
    try:
        result = convert_source(joined, filename=filename, **options)
    except ConversionError as exc:
        if not exc.line:
            raise
        cell, cell_line = _locate(starts, exc.line)
        raise ConversionError(exc.message, filename, cell_line, exc.col, cell=cell) from None
    out_cells = re.split(r"^# __t2j_cell_\d+__\n", result.code, flags=re.M)[1:]
    if len(out_cells) != len(code_cells):  # pragma: no cover - the marks are comments: never edited
        raise RuntimeError(f"{filename}: cell boundaries lost in conversion")
    changed = False
    for (index, cell), new_text in zip(code_cells, out_cells):
        new_text = new_text[:-1] if new_text.endswith("\n") else new_text
        new_text = "\n".join(
            (m.group(1) + magics[int(m.group(2))]) if (m := _MAGIC_BACK.match(l)) else l for l in new_text.split("\n")
        )
        if new_text != _cell_text(cell):
            _set_cell_text(cell, new_text)
            changed = True
    diagnostics = []
    for d in result.diagnostics:
        cell, cell_line = _locate(starts, d.line)
        diagnostics.append(Diagnostic(d.kind, d.message, cell_line, d.col, d.api, cell=cell))
    result = ConversionResult(result.code, diagnostics, result.converted, result.helpers)
    if not changed:
        return text, result
    indent = 1
    m = re.match(r"\{\s*\n(\s+)\"", text)
    if m:
        indent = len(m.group(1))
    out = json.dumps(nb, indent=indent, ensure_ascii=False) + ("\n" if text.endswith("\n") else "")
    return out, result


def _is_python(text: str) -> bool:
    """A code cell Python runs: no cell magic, or one that runs its body as Python."""
    m = _CELL_MAGIC.match(text.lstrip("\n"))
    return m is None or m.group(1) in PYTHON_CELL_MAGICS


def _statement_starts(lines: list[str]) -> list[bool]:
    """For each line, whether it starts a statement: not inside brackets, a multi-line string or
    after a backslash. Only there can a line be IPython syntax (`% b)` continuing `x = (a` is Python's %).
    Lines taken for IPython syntax are not scanned (`!echo "it's"` opens no string)."""
    starts = []
    quote, depth, continued = None, 0, False
    for line in lines:
        at_start = quote is None and depth == 0 and not continued
        starts.append(at_start)
        if at_start and _MAGIC_LINE.match(line):
            continue
        i, n, comment = 0, len(line), False
        while i < n:
            c = line[i]
            if quote:
                if c == "\\":
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    continue
            elif c == "#":
                comment = True
                break
            elif c in "\"'":
                quote = line[i : i + 3] if line[i : i + 3] in ('"""', "'''") else c
                i += len(quote)
                continue
            elif c in "([{":
                depth += 1
            elif c in ")]}":
                depth = max(0, depth - 1)
            i += 1
        continued = not comment and line.rstrip().endswith("\\")
        if quote is not None and len(quote) == 1 and not continued:
            quote = None  # an unclosed one-line string: Python reports it; do not carry it on
    return starts


def _locate(starts: list[tuple[int, int]], line: int) -> tuple[int, int]:
    """(notebook cell number counted from 1, line within the cell) for a joined-source line."""
    cell, first = starts[0][1], starts[0][0]
    for start, index in starts:
        if start <= line:
            cell, first = index, start
    return cell + 1, line - first + 1

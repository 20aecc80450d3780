"""Jupyter notebooks: code cells converted together (imports in one cell serve the others),
IPython magics (`%time`, `!pip`, `%%bash` cells) left intact, outputs and metadata untouched.
"""
from __future__ import annotations

import json
import re

from .api import convert_source
from .diagnostics import ConversionError, ConversionResult, Diagnostic

CELL_MARK = "# __t2j_cell_{}__"
MAGIC_MARK = "pass  # __t2j_magic_{}__"
_MAGIC_LINE = re.compile(r"^(\s*)([%!].*)$")
_MAGIC_BACK = re.compile(r"^(\s*)pass  # __t2j_magic_(\d+)__$")


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
    code_cells = [
        (i, c) for i, c in enumerate(cells)
        if c.get("cell_type") == "code" and not _cell_text(c).lstrip().startswith("%%")  # cell magics: not Python
    ]
    magics: list[str] = []
    pieces: list[str] = []
    starts: list[tuple[int, int]] = []  # (first line of the cell in the joined source, cell index)
    line = 1
    for k, (index, cell) in enumerate(code_cells):
        body_lines = []
        for src_line in _cell_text(cell).split("\n"):
            m = _MAGIC_LINE.match(src_line)
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
        cell, cell_line = _locate(starts, exc.line)
        raise ConversionError(f"cell {cell}, line {cell_line}: {exc.message}", filename, exc.line, exc.col) from None
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
        diagnostics.append(Diagnostic(d.kind, f"cell {cell}, line {cell_line}: {d.message}", d.line, d.col, d.api))
    result = ConversionResult(result.code, diagnostics, result.converted, result.helpers)
    if not changed:
        return text, result
    indent = 1
    m = re.match(r"\{\s*\n(\s+)\"", text)
    if m:
        indent = len(m.group(1))
    out = json.dumps(nb, indent=indent, ensure_ascii=False) + ("\n" if text.endswith("\n") else "")
    return out, result


def _locate(starts: list[tuple[int, int]], line: int) -> tuple[int, int]:
    """(notebook cell number counted from 1, line within the cell) for a joined-source line."""
    cell, first = starts[0][1], starts[0][0]
    for start, index in starts:
        if start <= line:
            cell, first = index, start
    return cell + 1, line - first + 1

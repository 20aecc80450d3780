"""Source text as UTF-8 bytes with ast positions, and a buffer of non-overlapping edits.

`ast` gives column offsets in UTF-8 bytes, so every edit is made on the encoded source: everything
not rewritten stays byte-identical (comments, blank lines, quotes, line endings, docstrings).
"""
from __future__ import annotations

import ast
import bisect


class Source:
    def __init__(self, text: str):
        self.text = text
        self.data = text.encode("utf-8")
        starts = [0]
        find = self.data.find
        pos = find(b"\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find(b"\n", pos + 1)
        self.line_starts = starts
        self.unsafe_line_ends: set[int] = set()

    # -- positions -------------------------------------------------------------------------
    def offset(self, lineno: int, col: int) -> int:
        return self.line_starts[lineno - 1] + col

    def start(self, node: ast.AST) -> int:
        return self.line_starts[node.lineno - 1] + node.col_offset

    def end(self, node: ast.AST) -> int:
        return self.line_starts[node.end_lineno - 1] + node.end_col_offset

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)

    def char_col(self, lineno: int, byte_col: int) -> int:
        """1-based character column for a 0-based byte column (for messages)."""
        start = self.line_starts[lineno - 1]
        return len(self.data[start : start + byte_col].decode("utf-8", "replace")) + 1

    def line_end(self, lineno: int) -> int:
        """Offset of the end of a line's content (before its \\r\\n or \\n)."""
        if lineno < len(self.line_starts):
            end = self.line_starts[lineno] - 1
        else:
            end = len(self.data)
        if end > 0 and self.data[end - 1 : end] == b"\r" and end - 1 >= self.line_starts[lineno - 1]:
            end -= 1
        return end

    def line_bytes(self, lineno: int) -> bytes:
        return self.data[self.line_starts[lineno - 1] : self.line_end(lineno)]

    def indent_of(self, lineno: int) -> bytes:
        line = self.line_bytes(lineno)
        return line[: len(line) - len(line.lstrip(b" \t"))]

    @property
    def newline(self) -> bytes:
        first = self.data.find(b"\n")
        return b"\r\n" if first > 0 and self.data[first - 1 : first] == b"\r" else b"\n"

    def comment_safe_line(self, lineno: int) -> int:
        """The first line at or after `lineno` whose end is not inside a string or after a backslash.

        An end-of-line comment appended there cannot change the meaning of the code. The
        converter fills `unsafe_line_ends` from the multi-line strings it walks past.
        """
        n = len(self.line_starts)
        while lineno < n and (lineno in self.unsafe_line_ends or self.line_bytes(lineno).rstrip().endswith(b"\\")):
            lineno += 1
        return lineno


class EditBuffer:
    """Non-overlapping replacements; a replacement over a span absorbs the edits inside it."""

    def __init__(self, source: Source):
        self.src = source
        self.edits: dict[tuple[int, int, int], bytes] = {}  # (start, end, seq) -> text
        self._seq = 0

    def replace(self, start: int, end: int, text: str | bytes) -> None:
        if isinstance(text, str):
            text = text.encode("utf-8")
        # Edits strictly inside [start, end) were already folded into `text` by render().
        for key in [k for k in self.edits if start <= k[0] and k[1] <= end and not (k[0] == k[1] == start)]:
            del self.edits[key]
        self._seq += 1
        self.edits[(start, end, self._seq)] = text

    def insert(self, pos: int, text: str | bytes) -> None:
        if isinstance(text, str):
            text = text.encode("utf-8")
        self._seq += 1
        self.edits[(pos, pos, self._seq)] = text

    def delete(self, start: int, end: int) -> None:
        self.replace(start, end, b"")

    def render(self, start: int, end: int) -> str:
        """Source text of [start, end) with the edits inside it applied."""
        return self._apply(start, end).decode("utf-8")

    def _apply(self, start: int, end: int) -> bytes:
        data = self.src.data
        out = []
        pos = start
        for s, e, _ in sorted(k for k in self.edits if start <= k[0] and k[1] <= end):
            if s < pos:  # overlapping edit: the earlier (outer) one wins
                continue
            out.append(data[pos:s])
            out.append(self.edits[(s, e, _)])
            pos = e
        out.append(data[pos:end])
        return b"".join(out)

    def result(self) -> bytes:
        return self._apply(0, len(self.src.data))

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

    def find_outside_comments(self, char: bytes, pos: int, limit: int) -> int:
        """Offset of the first `char` in [pos, limit) that is not inside a comment, or -1.

        For the punctuation between two parts of one expression (`x  # see a.b` `.size`, `f  # c`
        `(`), where only blanks, line breaks and comments can stand."""
        data = self.data
        while pos < limit:
            c = data[pos : pos + 1]
            if c == char:
                return pos
            if c == b"#":
                pos = data.find(b"\n", pos, limit)
                if pos == -1:
                    return -1
            pos += 1
        return -1

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
    """Non-overlapping replacements; a replacement over a span absorbs the edits inside it.

    Edits are kept sorted by (start, end, sequence) so that finding the edits inside a span is a
    binary search: a 10 MB file makes ~10^5 edits, and anything linear per edit is quadratic.
    """

    def __init__(self, source: Source):
        self.src = source
        self.keys: list[tuple[int, int, int]] = []  # sorted (start, end, seq)
        self.texts: dict[tuple[int, int, int], bytes] = {}
        self._seq = 0

    @property
    def edits(self) -> dict[tuple[int, int, int], bytes]:
        return self.texts

    def _inside(self, start: int, end: int) -> list[tuple[int, int, int]]:
        lo = bisect.bisect_left(self.keys, (start, -1, -1))
        hi = bisect.bisect_right(self.keys, (end, end + 1, 0))
        return [k for k in self.keys[lo:hi] if k[1] <= end]

    def _add(self, start: int, end: int, text: str | bytes) -> None:
        if isinstance(text, str):
            text = text.encode("utf-8")
        self._seq += 1
        key = (start, end, self._seq)
        bisect.insort(self.keys, key)
        self.texts[key] = text

    def replace(self, start: int, end: int, text: str | bytes) -> None:
        # Edits inside [start, end) were already folded into `text` by render(); an insertion
        # exactly at `start` stays in front of the new text.
        for key in self._inside(start, end):
            if not (key[0] == key[1] == start):
                self.keys.remove(key)
                del self.texts[key]
        self._add(start, end, text)

    def snapshot(self, start: int, end: int) -> dict:
        """The edits inside [start, end], to restore() if a rewrite there must be undone."""
        return {k: self.texts[k] for k in self._inside(start, end)}

    def restore(self, start: int, end: int, saved: dict) -> None:
        for key in self._inside(start, end):
            self.keys.remove(key)
            del self.texts[key]
        for key, text in saved.items():
            bisect.insort(self.keys, key)
            self.texts[key] = text

    def insert(self, pos: int, text: str | bytes) -> None:
        self._add(pos, pos, text)

    def delete(self, start: int, end: int) -> None:
        self.replace(start, end, b"")

    def render(self, start: int, end: int) -> str:
        """Source text of [start, end) with the edits inside it applied."""
        return self._apply(start, end, self._inside(start, end)).decode("utf-8")

    def _apply(self, start: int, end: int, keys) -> bytes:
        data = self.src.data
        out = []
        pos = start
        for key in keys:
            s, e, _ = key
            if s < pos:  # overlapping edit: the earlier (outer) one wins
                continue
            out.append(data[pos:s])
            out.append(self.texts[key])
            pos = e
        out.append(data[pos:end])
        return b"".join(out)

    def spans(self) -> list[tuple[int, int]]:
        """(start, end) of the non-empty replacements, sorted."""
        return [(s, e) for s, e, _ in self.keys if e > s]

    def result(self) -> bytes:
        return self._apply(0, len(self.src.data), self.keys)

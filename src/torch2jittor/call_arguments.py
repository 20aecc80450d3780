"""The data-driven call rewrite: match arguments to the PyTorch signature, then apply the entry's
`links` (rename), `delete` (drop), `extras` (force) and Jittor's argument order.

Edits are minimal: the callee is renamed, a dropped argument is cut with its comma, a renamed
keyword gets its new name, a positional argument whose position differs in Jittor gets `name=`
in front. Every argument expression keeps the user's own text, comments and line breaks.
"""
from __future__ import annotations

import ast

from . import diagnostics as D

WS = b" \t"
# Keyword names PyTorch's argument parser accepts for its own, for NumPy compatibility
# (torch/csrc/utils/python_arg_parser.cpp): torch.sum(x, axis=0, keepdims=True).
NUMPY_ALIASES = {"axis": "dim", "keepdims": "keepdim", "x": "input", "a": "input", "x1": "input", "x2": "other"}


def rewrite_call(fc, call: ast.Call, entry, new_callee: str | None) -> None:
    src, edits = fc.src, fc.edits
    if new_callee is not None and _unpacks(call) and adapts_arguments(entry, classes_only=False):
        # `nn.Conv2d(..., **dd)` with dd = {'device': ..., 'dtype': ...}: what the unpacked arguments
        # hold is known only at run time, where the helper translates them as the entry says.
        new_callee = adapted_class(fc, new_callee, entry)
    if new_callee is not None:
        func = call.func
        if new_callee != fc.text(func):
            edits.replace(src.start(func), src.end(func), new_callee)
    elif entry.is_method and entry.jittor_name and entry.jittor_name != call.func.attr:
        end = src.end(call.func)
        edits.replace(end - len(call.func.attr.encode()), end, entry.jittor_name)
    if any(isinstance(a, ast.GeneratorExp) for a in call.args):
        return  # f(x for x in y): the call's parentheses are the generator's
    start, end = src.start(call), src.end(call)
    saved = edits.snapshot(start, end)
    try:
        args = _ArgumentList(fc, call)
    except _Unparsed:
        return
    # What was said of this call's arguments (a deleted argument takes its diagnostics, markers and
    # converted calls with it: FileConversion.forget_inside) comes back if the surgery is undone.
    first_diag, first_converted = fc.call_marks[-1] if fc.call_marks else (0, 0)
    diagnostics_before = fc.diagnostics[first_diag:]
    converted_before = fc.converted[first_converted:]
    markers_before = {line: list(names) for line, names in fc.markers.items()}
    spans_before = dict(fc.marker_spans)
    deleted_code_before = fc.deleted_code
    _rewrite_arguments(fc, call, entry, args)
    # The argument surgery must leave a valid call; if an odd layout defeated it, keep the
    # user's arguments as written (callee still renamed) and say so, rather than break the file.
    try:
        compile("(" + edits.render(start, end) + ")", "<call>", "eval", dont_inherit=True)
    except SyntaxError:
        edits.restore(start, end, saved)
        fc.out_targets.pop(id(call), None)
        fc.diagnostics[first_diag:] = diagnostics_before
        fc.converted[first_converted:] = converted_before
        fc.markers.clear()
        fc.markers.update(markers_before)
        fc.marker_spans.clear()
        fc.marker_spans.update(spans_before)
        fc.deleted_code = deleted_code_before
        fc.diag(D.UNBOUND_ARGUMENTS, call, f"arguments of {entry.api} left as written: check them against Jittor's "
                f"{entry.jittor_name}({', '.join(p.name for p in entry.jittor.params)})", entry.api)


def _varargs_by_keyword(fc, call: ast.Call, kw: ast.keyword, api: str) -> None:
    """`x.reshape(shape=(2, 3))`, `x.permute(dims=(1, 0))`: PyTorch's parser takes the sequence its
    `*shape` collects by that name too; alone in the call it is passed by position instead."""
    if call.args or call.keywords[0] is not kw:
        fc.diag(D.UNBOUND_ARGUMENTS, kw, f"{api}: '{kw.arg}' by keyword beside other arguments", api)
        return
    fc.edits.replace(fc.src.start(kw), fc.src.start(kw.value), "")


def rename_numpy_aliases(fc, call: ast.Call, entry) -> None:
    """`x.max(axis=1)` to a helper taking PyTorch's arguments as written: a NumPy alias PyTorch's
    parser accepts is renamed to PyTorch's name, a `*dims` passed by name is passed by position, and
    a keyword PyTorch's signature lacks is reported."""
    pt = entry.pytorch
    if pt is None or pt.has_varkw:
        return
    for kw in call.keywords:
        if kw.arg is not None and pt.get(kw.arg) is not None and pt.get(kw.arg).kind == "varargs":
            _varargs_by_keyword(fc, call, kw, entry.api)
            continue
        if kw.arg is None or pt.get(kw.arg) is not None:
            continue
        alias = NUMPY_ALIASES.get(kw.arg)
        if alias is not None and pt.get(alias) is not None:
            start = fc.src.start(kw)
            fc.edits.replace(start, start + len(kw.arg.encode()), alias)
        else:
            fc.diag(D.UNBOUND_ARGUMENTS, kw, f"{entry.api} has no argument '{kw.arg}' in its PyTorch signature",
                    entry.api)


def adapted_class(fc, expr: str, entry) -> str:
    """A layer class passed around as a value is called later with PyTorch's arguments: the
    helper module's subclass translates them as the entry says."""
    parts = [expr]
    if entry.links:
        parts.append("links={" + ", ".join(f"{k!r}: {v!r}" for k, v in entry.links.items()) + "}")
    if entry.delete:
        parts.append(f"delete={tuple(sorted(entry.delete))!r}")
    if entry.extras:
        parts.append("extras={" + ", ".join(f"{k!r}: {v}" for k, v in entry.extras.items()) + "}")
    # A default that is no literal (`torch.preserve_format`) cannot be written into Jittor code: its
    # text stands for it, so any value passed at run time is refused as not PyTorch's default.
    defaults = {p: _literal_or_text(entry.pytorch.get(p).default) for p in sorted(entry.unsupported)
                if entry.pytorch.get(p)}
    if defaults:
        parts.append("unsupported={" + ", ".join(f"{k!r}: {v}" for k, v in defaults.items()) + "}")
    # A subclass may pass those arguments by position (`super().__init__(i, o, bias, device, dtype)`):
    # PyTorch's positional names from the first one the entry changes, for the helper to bind them.
    positional = [p.name for p in entry.pytorch.positional]
    changed = set(entry.links) | set(entry.delete) | set(entry.unsupported)
    first = next((i for i, name in enumerate(positional) if name in changed), None)
    if first is not None and not entry.pytorch.varargs:
        parts.append(f"positional=({first}, {tuple(positional[first:])!r})")
    return f"{fc.helper('adapt_args')}({', '.join(parts)})"


def adapts_arguments(entry, classes_only: bool = True) -> bool:
    """A class whose PyTorch arguments Jittor's takes differently (renamed, dropped, forced)."""
    is_class = entry.jittor_name[:1].isupper() or not classes_only
    return is_class and bool(entry.links or entry.delete or entry.extras or entry.unsupported)


def _literal_or_text(default: str) -> str:
    try:
        ast.literal_eval(default)
        return default
    except (ValueError, SyntaxError):
        return repr(default)


def _written_into(node: ast.AST) -> bool:
    """An `out=` value the result can be written into as a whole: a name or attribute (`o`,
    `self.buf`), or a tuple of them. A slice (`out=y[0]`) is a view in PyTorch, which Jittor cannot
    write through: reported instead."""
    if isinstance(node, (ast.Tuple, ast.List)):
        return bool(node.elts) and all(_written_into(e) for e in node.elts)
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


def _unpacks(call: ast.Call) -> bool:
    return any(k.arg is None for k in call.keywords) or any(isinstance(a, ast.Starred) for a in call.args)


def _rewrite_arguments(fc, call: ast.Call, entry, args) -> None:
    pt, jt = entry.pytorch, entry.jittor
    applied_extras: set[str] = set()
    name = entry.api

    def jittor_accepts(jname: str) -> bool:
        return jt.get(jname) is not None or jt.has_varkw

    def drop_or_flag(node, param_name, value_node, default) -> bool:
        """An argument Jittor cannot take: drop it if it only restates PyTorch's default."""
        if default is not None and _same_value(fc.text(value_node), default):
            args.delete(node)
            return True
        if param_name == "out" and _written_into(value_node):
            # `torch.add(a, b, out=o)`: the call without it, its result written into o (rules/out_argument.py)
            fc.out_targets[id(call)] = fc.edits.render(fc.src.start(value_node), fc.src.end(value_node))
            args.delete(node)
            return True
        fc.diag(
            D.UNSUPPORTED_ARGUMENT, node,
            f"argument '{param_name}' of {name} has no Jittor equivalent: left as written", name,
        )
        fc.mark(node, f"{name}({param_name}=...)")
        return False

    by_position: dict[int, ast.AST] = {}  # Jittor's positional index -> the argument left there
    by_keyword: dict[int, ast.keyword] = {}  # the same for keywords Jittor takes by position only
    # Positional arguments, in order, until one we cannot bind (a *starred one).
    keyword_mode = False  # once an argument moved or vanished, later ones must be passed by name
    for i, node in enumerate(call.args):
        if isinstance(node, ast.Starred):
            break
        if i < len(pt.positional):
            param = pt.positional[i]
        elif pt.varargs is not None:
            continue  # absorbed by *args in both signatures: stays as written
        else:
            fc.diag(D.UNBOUND_ARGUMENTS, node, f"{name} takes at most {len(pt.positional)} positional arguments", name)
            break
        if param.name in entry.unsupported:
            if drop_or_flag(node, param.name, node, param.default):
                keyword_mode = True
            elif keyword_mode:
                args.insert_name(node, entry.links.get(param.name, param.name))
            continue
        if param.name in entry.delete:
            args.delete(node)
            keyword_mode = True
            fc.diag(D.DROPPED_ARGUMENT, node, f"argument '{param.name}' of {name} dropped: Jittor has no use for it", name)
            continue
        jname = entry.links.get(param.name, param.name)
        if jname in entry.extras:
            args.replace_value(node, entry.extras[jname])
            applied_extras.add(jname)
        if not jittor_accepts(jname):
            if drop_or_flag(node, param.name, node, param.default):
                keyword_mode = True
            elif keyword_mode:
                args.insert_name(node, param.name)
            continue
        if keyword_mode or jt.index(jname) != i:
            keyword_mode = True
            if jt.get(jname).posonly:
                fc.diag(D.UNBOUND_ARGUMENTS, node, f"{name}: Jittor's {entry.jittor_name} takes '{jname}' by "
                        f"position only, and an argument before it was dropped or moved", name)
                continue
            args.insert_name(node, jname)
        else:
            by_position[i] = node

    for kw in call.keywords:
        if kw.arg is None:
            continue  # **kwargs: passed through as written
        param = pt.get(kw.arg)
        written = kw.arg
        if param is None and not pt.has_varkw and pt.get(NUMPY_ALIASES.get(kw.arg, "")) is not None:
            param = pt.get(NUMPY_ALIASES[kw.arg])  # torch.sum(x, axis=0): PyTorch's parser renames it to dim
        if param is None:
            if not pt.has_varkw:
                fc.diag(D.UNBOUND_ARGUMENTS, kw, f"{name} has no argument '{kw.arg}' in its PyTorch signature", name)
            continue
        if param.kind == "varargs":
            _varargs_by_keyword(fc, call, kw, name)
            continue
        if param.name in entry.unsupported:
            drop_or_flag(kw, param.name, kw.value, param.default)
            continue
        if param.name in entry.delete:
            args.delete(kw)
            fc.diag(D.DROPPED_ARGUMENT, kw, f"argument '{param.name}' of {name} dropped: Jittor has no use for it", name)
            continue
        jname = entry.links.get(param.name, param.name)
        if jname in entry.extras:
            args.replace_value(kw.value, entry.extras[jname])
            applied_extras.add(jname)
        if not jittor_accepts(jname):
            drop_or_flag(kw, param.name, kw.value, param.default)
            continue
        if jt.get(jname) is not None and jt.get(jname).posonly:
            by_keyword[jt.index(jname)] = kw
            continue
        if jname != written:
            start = fc.src.start(kw)
            fc.edits.replace(start, start + len(written.encode()), jname)
    if by_keyword:
        _keywords_to_positions(fc, call, entry, args, by_position, by_keyword)

    for jname, value in entry.extras.items():
        if jname not in applied_extras:
            args.append(f"{jname}={value}")


def _keywords_to_positions(fc, call: ast.Call, entry, args, by_position: dict, by_keyword: dict) -> None:
    """`x.add(other=y)` -> `x.add(y)`: keywords for Jittor parameters taken by position only move in
    front of the other keywords, in Jittor's order; a gap before them is filled with Jittor's default."""
    jt = entry.jittor
    last = max(by_keyword)
    if any(isinstance(a, ast.Starred) for a in call.args):
        fc.diag(D.UNBOUND_ARGUMENTS, by_keyword[last], f"{entry.api}: Jittor's {entry.jittor_name} takes its "
                f"arguments by position only, which a *starred argument hides", entry.api)
        return
    texts = []
    for index in range(last + 1):
        param = jt.positional[index]
        if index in by_position:
            continue
        if index in by_keyword:
            k = args._index(by_keyword[index])
            start, end = args.spans[k]
            text = fc.edits.render(start, end)
            texts.append(text.split("=", 1)[1].strip())
        elif param.default is not None and not any(i > index for i in by_position):
            texts.append(param.default)
        else:
            fc.diag(D.UNBOUND_ARGUMENTS, by_keyword[last], f"{entry.api}: Jittor's {entry.jittor_name} takes "
                    f"'{param.name}' by position only, and this call does not give it", entry.api)
            return
    slots = [k for k, node in enumerate(args.nodes) if isinstance(node, ast.keyword) and k not in args.deleted]
    moved = {args._index(kw) for kw in by_keyword.values()}
    texts += [fc.edits.render(*args.spans[k]) for k in slots if k not in moved]
    texts[len(slots) - 1:] = [", ".join(texts[len(slots) - 1:])]
    for k, text in zip(slots, texts):
        fc.edits.replace(*args.spans[k], text)


def _comments(text: str) -> list[str]:
    """The comments in a fragment of call arguments, in order (strings are not comments)."""
    import io
    import tokenize

    found = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO("(" + text + "\n)").readline):
            if tok.type == tokenize.COMMENT:
                found.append(tok.string)
    except (tokenize.TokenError, SyntaxError, IndentationError):
        pass
    return found


def _same_value(text: str, default: str) -> bool:
    try:
        return ast.literal_eval(text) == ast.literal_eval(default)
    except (ValueError, SyntaxError, TypeError):
        return text.strip() == default.strip()


class _Unparsed(Exception):
    """The call's argument list could not be split into arguments."""


class _ArgumentList:
    """Argument spans of one call, found with the tokenizer (so parentheses around an argument and
    comments between arguments are told apart), and comma surgery on them."""

    def __init__(self, fc, call: ast.Call):
        self.fc = fc
        src = fc.src
        self.data = src.data
        self.close = src.end(call) - 1  # the call's ')'
        self.open = self._open_paren(src.end(call.func), self.close)
        spans = self._top_level_spans()
        nodes = sorted(list(call.args) + list(call.keywords), key=lambda n: (n.lineno, n.col_offset))
        if len(spans) != len(nodes):
            raise _Unparsed()
        self.nodes = nodes
        self.spans = spans
        self.deleted: set[int] = set()

    def _open_paren(self, pos: int, limit: int) -> int:
        """The call's '(' after the callee (comments and line breaks may come between)."""
        found = self.fc.src.find_outside_comments(b"(", pos, limit)
        if found == -1:
            raise _Unparsed()
        return found

    def _top_level_spans(self) -> list[tuple[int, int]]:
        import io
        import tokenize

        region = self.data[self.open : self.close + 1]
        text = region.decode("utf-8")
        line_offsets = [0]
        for line in text.splitlines(keepends=True):
            line_offsets.append(line_offsets[-1] + len(line.encode("utf-8")))
        lines = text.splitlines(keepends=True) or [""]

        def offset(row: int, col: int) -> int:
            return self.open + line_offsets[row - 1] + len(lines[row - 1][:col].encode("utf-8"))

        spans, depth, first, last = [], 0, None, None
        try:
            for tok in tokenize.generate_tokens(io.StringIO(text).readline):
                if tok.type in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.ENDMARKER,
                                tokenize.INDENT, tokenize.DEDENT):
                    continue
                if tok.type == tokenize.OP and tok.string in "([{":
                    depth += 1
                    if depth == 1:
                        continue
                elif tok.type == tokenize.OP and tok.string in ")]}":
                    depth -= 1
                    if depth == 0:
                        break
                elif depth == 1 and tok.type == tokenize.OP and tok.string == ",":
                    if first is not None:
                        spans.append((first, last))
                    first = last = None
                    continue
                if first is None:
                    first = offset(*tok.start)
                last = offset(*tok.end)
        except (tokenize.TokenError, SyntaxError, IndentationError) as exc:
            raise _Unparsed() from exc
        if first is not None:
            spans.append((first, last))
        return spans

    def _index(self, node) -> int:
        for k, n in enumerate(self.nodes):
            if n is node or (isinstance(n, ast.keyword) and n.value is node):
                return k
        raise KeyError(node)

    def _comma_after(self, pos: int, limit: int) -> int:
        """Offset of the first comma in [pos, limit) outside comments, or -1."""
        data = self.data
        i = pos
        while i < limit:
            c = data[i : i + 1]
            if c == b",":
                return i
            if c == b"#":
                nl = data.find(b"\n", i, limit)
                i = limit if nl == -1 else nl
            i += 1
        return -1

    def _cut(self, start: int, end: int) -> None:
        """Remove [start, end), keeping any comments inside it (each on its own line)."""
        text = self.data[start:end].decode("utf-8", "replace")
        comments = _comments(text) if "#" in text else []
        keep = "".join(f"  {c}\n" for c in comments)
        self.fc.edits.replace(start, end, keep.encode("utf-8"))

    def delete(self, node) -> None:
        k = self._index(node)
        self.deleted.add(k)
        start, end = self.spans[k]
        self.fc.forget_inside(start, end)
        nxt = self.spans[k + 1][0] if k + 1 < len(self.spans) else self.close
        comma = self._comma_after(end, nxt)
        data = self.data
        if comma != -1:
            # `a, <arg>, b` -> `a, b`: cut the argument, its comma and the spaces after it.
            cut_end = comma + 1
            while cut_end < nxt and data[cut_end : cut_end + 1] in (b" ", b"\t"):
                cut_end += 1
            line_start = data.rfind(b"\n", 0, start) + 1
            if data[line_start:start].strip(WS) == b"" and data[cut_end : cut_end + 1] in (b"\n", b"\r"):
                # the argument was alone on its line: remove the whole line
                start = line_start
                cut_end = data.find(b"\n", cut_end) + 1
            self._cut(start, cut_end)
            return
        # The last argument, no trailing comma: cut the comma before it as well.
        prev = k - 1
        while prev >= 0 and prev in self.deleted:
            prev -= 1
        if prev < 0:
            self._cut(start, end)
            return
        prev_end = self.spans[prev][1]
        comma = self._comma_after(prev_end, start)
        if comma == -1 or b"#" in data[comma:start]:
            self._cut(start, end)
            if comma != -1:
                self.fc.edits.replace(comma, comma + 1, b"")
        else:
            self._cut(comma, end)

    def replace_value(self, node, text: str) -> None:
        src = self.fc.src
        self.fc.edits.replace(src.start(node), src.end(node), text)

    def insert_name(self, node, name: str) -> None:
        k = self._index(node)
        self.fc.edits.insert(self.spans[k][0], f"{name}=")

    def append(self, text: str) -> None:
        kept = [k for k in range(len(self.spans)) if k not in self.deleted]
        if kept:
            self.fc.edits.insert(self.spans[kept[-1]][1], f", {text}")
        else:
            self.fc.edits.insert(self.open + 1, text)

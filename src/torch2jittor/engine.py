"""The conversion engine: analysis on `ast`, edits at exact byte positions.

One pass, post-order (children before parents, so a rewrite of an outer call folds in the
rewrites of its arguments). Mapping data lives in `mappings/`; rewrite features live in `rules/`,
each registering hooks for the node kinds it handles, which the walk runs around each node.
"""
from __future__ import annotations

import ast
import bisect
import gc
import re
import sys
from dataclasses import dataclass, field

from . import diagnostics as D
from .call_arguments import adapted_class, adapts_arguments, rename_numpy_aliases, rewrite_call
from .untyped_receivers import (
    entry_name, not_tensor, rewrites_untyped, runtime_methods, wrapped_already, writes_into_a_copy,
)
from .diagnostics import ConversionError, ConversionResult, Diagnostic
from .fastvisit import FastVisitor
from .imports import finish_imports
from .mapping import DEFAULT_TABLE, Entry, MappingTable
from .mappings import UNSUPPORTED_REASONS, tensor_api
from .mappings.schema import NOT_HONOURED
from .resolve import Resolver, Scope
from .rules import (CALL_OVERRIDE, DEFAULT_CONVERSION, METHOD_CALL_CHECK, RECEIVER_MAY_BE_MODULE, REGISTRY,
                    TENSOR_RECEIVER)
from .source import EditBuffer, Source
from .statements import does_nothing, remove_statements
from . import torchvision_package
from .typeinfer import FunctionTypes, is_module_class, registered_tensor_attributes, tensor_parameters, tensor_returning_functions

HELPER_MODULES = {"t2j"}  # modules the converter writes next to the converted code

# Keys of nn.Module's methods, converted on module receivers (method_call).
MODULE_METHOD_PREFIX = "torch.nn.Module."

# Torch modules themselves: a bare reference to one is not an API use.
TORCH_MODULES = frozenset({"torch", "torch.nn", "torch.nn.functional", "torch.nn.init"})

# Jittor module aliases the converted code uses, in the seed's import order.
JITTOR_IMPORTS = {
    "jt": ("import jittor as {alias}", "import jittor"),
    "init": ("from jittor import init as {alias}", "from jittor import init"),
    "nn": ("from jittor import nn as {alias}", "from jittor import nn"),
}


@dataclass
class Context:
    """Where the walk is: scope, enclosing module class, and the current function's types."""

    scope: Scope
    module_class: bool = False  # directly inside the body of an nn.Module subclass
    class_is_module: bool = False  # inside (any depth) a method of an nn.Module subclass
    types_factory: object = None  # builds the FunctionTypes on first use: most functions never need it
    _types: FunctionTypes | None = None

    @property
    def types(self) -> FunctionTypes | None:
        if self._types is None and self.types_factory is not None:
            self._types = self.types_factory()
        return self._types


@dataclass
class FileConversion:
    """Everything one file's conversion needs; rules receive this object."""

    source_text: str
    table: MappingTable = DEFAULT_TABLE
    filename: str = "<string>"
    package: str | None = None  # dotted package of the file, to resolve relative imports
    siblings: dict | None = None  # module -> {name: torch qualname} bound at module level, of the files converted with it
    helper_levels_up: int = 0  # folders between the file and the helper package jittor_compat/
    src: Source = field(init=False)
    edits: EditBuffer = field(init=False)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    converted: list[tuple[int, int, str, str]] = field(default_factory=list)
    needed: set[str] = field(default_factory=set)  # jittor modules the output uses ('jt', 'nn', ...)
    markers: dict[int, list[str]] = field(default_factory=dict)  # line -> unsupported names
    aliases: dict[str, str] = field(default_factory=dict)  # 'nn' -> name used for jittor.nn
    marker_spans: dict[tuple[int, str], int] = field(default_factory=dict)  # (line, name) -> last line
    stmt_end: int = 0  # last line of the (simple) statement being converted
    # (len(diagnostics), len(converted)) when each enclosing call's visit began
    call_marks: list[tuple[int, int]] = field(default_factory=list)
    # id of a call whose `out=` argument was taken out -> the out tensor's text (rules/out_argument.py)
    out_targets: dict[int, str] = field(default_factory=dict)
    deleted_code: bool = False  # converted code was deleted with an argument: `needed` may be stale
    stmt: ast.stmt | None = None  # the innermost statement being converted
    # statements a rewrite may have left doing nothing (`x = x.to(device)` -> `x = x`): checked at the end
    maybe_emptied: dict[int, ast.stmt] = field(default_factory=dict)
    removed_statements: list[ast.stmt] = field(default_factory=list)  # to go from the output

    def __post_init__(self) -> None:
        self.src = Source(self.source_text)
        self.edits = EditBuffer(self.src)

    # -- helpers for rules ------------------------------------------------------------------
    def diag(self, kind: str, node: ast.AST, message: str, api: str = "") -> None:
        self.diagnostics.append(
            Diagnostic(kind, message, node.lineno, self.src.char_col(node.lineno, node.col_offset), api)
        )

    def helper(self, name: str = "") -> str:
        """`t2j.<name>` (or the bare alias): a name of the helper package, under the alias the file
        imports it as; the output then imports it."""
        self.needed.add("t2j")
        alias = self.aliases.get("t2j", "t2j")
        return f"{alias}.{name}" if name else alias

    def mark(self, node: ast.AST, name: str) -> None:
        """Leave an end-of-line marker comment naming an unsupported API."""
        # An earlier run may have put it on any line of the statement (rewrites move markers).
        self.marker_spans[(node.lineno, name)] = max(getattr(node, "end_lineno", node.lineno), self.stmt_end)
        self.markers.setdefault(node.lineno, [])
        if name not in self.markers[node.lineno]:
            self.markers[node.lineno].append(name)

    def forget_inside(self, start: int, end: int) -> None:
        """Code in [start, end) was deleted (an argument Jittor has no use for): what was said of
        it goes too (its unsupported calls no longer exist in the output, nor their markers)."""
        def inside(line: int, char_col: int) -> bool:
            text = self.src.line_bytes(line).decode("utf-8", "replace")
            return start <= self.src.offset(line, len(text[: char_col - 1].encode("utf-8"))) < end

        # Only what was said while this call's arguments were converted can lie inside them
        # (scanning everything per deleted argument was quadratic on a 10 MB file).
        first_diag, first_converted = self.call_marks[-1] if self.call_marks else (0, 0)
        kept = self.diagnostics[:first_diag]
        forgotten = set()
        for d in self.diagnostics[first_diag:]:
            if d.kind in (D.UNSUPPORTED_API, D.NOTE) and inside(d.line, d.col):
                if d.kind == D.UNSUPPORTED_API:
                    forgotten.add((d.line, d.api))
                continue
            kept.append(d)
        self.diagnostics[:] = kept
        # A marker names an API once per line: it stays while another use on that line remains.
        still_reported = {(d.line, d.api) for d in kept if d.kind == D.UNSUPPORTED_API}
        for line, api in forgotten - still_reported:
            names = self.markers.get(line, [])
            if api in names:
                names.remove(api)
                if not names:
                    del self.markers[line]
            self.marker_spans.pop((line, api), None)
        before = len(self.converted)
        self.converted[first_converted:] = [c for c in self.converted[first_converted:] if not inside(c[0], c[1])]
        if len(self.converted) != before:
            self.deleted_code = True  # converted code went with the argument: its imports may be unused

    def record(self, node: ast.AST, torch_name: str, entry: Entry) -> None:
        self.converted.append(
            (node.lineno, self.src.char_col(node.lineno, node.col_offset), torch_name, entry.target)
        )
        if entry.note:  # converted, with a limit the user must know of (no gradient, no GPU, ...)
            self.diag(D.NOTE, node, f"{torch_name}: {entry.note}", torch_name)

    def jittor_expr(self, entry: Entry) -> str:
        """`nn.Pool`, `jt.flatten`, `init.gauss_`: the expression naming an entry's Jittor target."""
        module = entry.jittor_module
        if module.startswith("jittor."):
            module = "jt." + module[len("jittor."):]
        elif module == "jittor":
            module = "jt"
        elif module == "jittor_compat":
            module = "t2j"
        head, _, rest = module.partition(".")
        self.needed.add(head)
        alias = self.aliases.get(head, head)
        return ".".join(p for p in (alias, rest, entry.jittor_name) if p)

    def value_expr(self, entry: Entry) -> str:
        """The entry's Jittor target as a value that PyTorch's arguments can later be passed to."""
        expr = self.jittor_expr(entry)
        return adapted_class(self, expr, entry) if adapts_arguments(entry) else expr

    def text(self, node: ast.AST) -> str:
        """Current text of a node, with the rewrites already made inside it."""
        return self.edits.render(self.src.start(node), self.src.end(node))

    def dot_before_attr(self, attr: ast.Attribute) -> int:
        """Offset of the `.` of `value.attr`: the first one after the value outside comments
        (robust to a parenthesised value and to comments between the value and the name)."""
        limit = self.src.end(attr) - len(attr.attr.encode("utf-8"))
        dot = self.src.find_outside_comments(b".", self.src.end(attr.value), limit)
        return dot if dot != -1 else self.src.data.rfind(b".", 0, limit)

    def has_comment(self, start: int, end: int) -> bool:
        """Whether [start, end) holds a comment (a rewrite replacing it whole would lose it)."""
        return b"#" in self.src.data[start:end] and any(
            tok == "#" for tok in _comment_starts(self.src.data[start:end].decode("utf-8", "replace"))
        )


class Converter(FastVisitor):
    def __init__(self, fc: FileConversion, tree: ast.Module):
        self.fc = fc
        self.tree = tree
        self.resolver = Resolver(tree, lambda q: fc.table.lookup(q) is not None, fc.package, fc.siblings)
        fc.aliases = _choose_aliases(self.resolver.module_scope, self.resolver.scopes.values())
        # `torch` used unbound (the seed's example) counts; the word in a comment or string does
        # not: converted code carries it in `# torch2jittor:` markers, and converting it again must
        # change nothing.
        self.uses_torch = bool(self.resolver.torch_imports) or (
            self.resolver.implicit_torch and "torch" in fc.source_text
            and any(isinstance(n, ast.Name) and n.id == "torch" for n in ast.walk(tree))
        )
        fc.resolve = self.qualname
        self.ctx = Context(self.resolver.module_scope)
        self.module_class_names: set[str] = set()
        self.type_context = 0  # > 0 inside annotations and isinstance()/issubclass() class arguments
        self.in_bases = False  # visiting a class statement's base classes
        self._rule_state: dict[type, object] = {}

    # -- infrastructure ---------------------------------------------------------------------
    @classmethod
    def method_for(cls, node_class: type):
        """The visit method for a node class, wrapped in the hooks rules registered for it."""
        method = super().method_for(node_class)
        before = tuple(REGISTRY.before.get(node_class, ()))
        after = tuple(REGISTRY.after.get(node_class, ()))
        if not before and not after:
            return method

        def with_hooks(self, node):
            for hook in before:
                hook(self, node)
            if method(self, node) is not TORCH_NAME:
                for hook in after:
                    hook(self, node)

        return with_hooks

    def state(self, cls: type):
        """A rule's state for this file: one `cls(converter)`, made on first use."""
        state = self._rule_state.get(cls)
        if state is None:
            state = self._rule_state[cls] = cls(self)
        return state

    def visit(self, node: ast.AST):
        if node.__class__ not in _STATEMENTS:
            return FastVisitor.visit(self, node)
        body = getattr(node, "body", None)
        header_end = body[0].lineno - 1 if isinstance(body, list) and body and isinstance(body[0], ast.stmt) else None
        saved, saved_stmt = self.fc.stmt_end, self.fc.stmt
        self.fc.stmt_end = max(node.lineno, header_end if header_end is not None else node.end_lineno)
        self.fc.stmt = node
        try:
            return FastVisitor.visit(self, node)
        finally:
            self.fc.stmt_end, self.fc.stmt = saved, saved_stmt

    def qualname(self, node: ast.AST) -> str | None:
        return self.resolver.qualname(node, self.ctx.scope)

    def run(self) -> None:
        # Module classes first, so module-level code knows `model = Net()` holds a module.
        for node, scope in self.resolver.classes:
            self.ctx.scope = scope
            if any(self._is_module_base(b) for b in node.bases):
                self.module_class_names.add(node.name)
        self.ctx.scope = self.resolver.module_scope
        tree = self.tree
        self.tensor_functions = frozenset()
        self.ctx.types_factory = lambda: FunctionTypes(tree, self.qualname, self.module_class_names.__contains__, False,
                                                       tensor_functions=self.tensor_functions,
                                                       class_methods=self.class_methods)
        self.tensor_attributes = registered_tensor_attributes(
            tree, lambda f: self.qualname(f) in ("torch.nn.Parameter", "torch.nn.parameter.Parameter")
        ) if self.uses_torch else frozenset()
        self.autograd_seeds = self._autograd_function_seeds() if self.uses_torch else {}
        self.class_methods = frozenset(
            m.name for c, _ in self.resolver.classes for m in c.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef)))
        self._types_cache: dict = {}
        self.tensor_params = tensor_parameters(tree, self._types_of) if self.uses_torch else {}
        if self.uses_torch:
            # functions returning tensors make their callers' values tensors, which may reach
            # other functions' parameters: two rounds, as tensor_parameters does for helpers of helpers
            for _ in range(2):
                functions = tensor_returning_functions(tree, self._types_of, self.tensor_params)
                if functions == self.tensor_functions:
                    break
                self.tensor_functions = functions
                self.tensor_params = tensor_parameters(tree, self._types_of)
        for stmt in self.tree.body:
            self.visit(stmt)

    def _types_of(self, func: ast.AST, seeds: frozenset):
        """Types of a module-level function or a method of a module-level class, before the walk
        (the same question is asked again by each round of the file's analysis: answered once)."""
        key = (id(func), seeds, self.tensor_functions)
        if key not in self._types_cache:
            self._types_cache[key] = self._compute_types_of(func, seeds)
        return self._types_cache[key]

    def _compute_types_of(self, func: ast.AST, seeds: frozenset):
        scope = self.resolver.scope_of(func)
        if scope is None:
            return None
        owner = next((c for c in self.tree.body if isinstance(c, ast.ClassDef) and func in c.body), None)
        in_forward = owner is not None and owner.name in self.module_class_names and func.name in ("forward", "execute")
        seeds = seeds | self.autograd_seeds.get(id(func), frozenset())
        return FunctionTypes(func, lambda n: self.resolver.qualname(n, scope), self.module_class_names.__contains__,
                             in_forward, seeds, self.tensor_attributes, self.class_methods, self.tensor_functions)

    def _autograd_function_seeds(self) -> dict[int, frozenset]:
        """In a torch.autograd.Function subclass, `forward(ctx, x, ...)`'s first input and
        `backward(ctx, *grads)`'s gradients are tensors."""
        seeds = {}
        for node, scope in self.resolver.classes:
            if not any(self.resolver.qualname(b, scope) in ("torch.autograd.Function", "torch.autograd.function.Function")
                       for b in node.bases):
                continue
            for method in node.body:
                if isinstance(method, ast.FunctionDef) and method.name in ("forward", "backward"):
                    params = [a.arg for a in method.args.posonlyargs + method.args.args]
                    seeds[id(method)] = frozenset(params[1:2] if method.name == "forward" else params[1:])
        return seeds

    def _with_scope(self, node: ast.AST, body, **changes) -> None:
        saved = self.ctx
        fields = {k: v for k, v in saved.__dict__.items() if k != "_types"}
        self.ctx = Context(**{**fields, "scope": self.resolver.scope_of(node) or saved.scope, **changes})
        if "types_factory" not in changes:
            self.ctx._types = saved._types
        try:
            body()
        finally:
            self.ctx = saved

    # -- statements -------------------------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        pass  # torch imports are rewritten once, at the end (imports.py)

    visit_ImportFrom = visit_Import

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        for expr in node.decorator_list + [k.value for k in node.keywords]:
            self.visit(expr)
        self.type_context += 1
        self.in_bases = True
        for expr in node.bases:
            self.visit(expr)
        self.in_bases = False
        self.type_context -= 1
        is_module = any(self._is_module_base(b) for b in node.bases)
        if is_module:
            self.module_class_names.add(node.name)

        def body() -> None:
            for stmt in node.body:
                self.visit(stmt)

        self._with_scope(node, body, module_class=is_module, class_is_module=is_module)

    def _is_module_base(self, base: ast.AST) -> bool:
        q = self.qualname(base)
        if q:
            return is_module_class(q)
        return isinstance(base, ast.Name) and base.id in self.module_class_names

    def _visit_function(self, node) -> None:
        for deco in node.decorator_list:
            self.visit(deco)
        args = node.args
        for default in args.defaults + [d for d in args.kw_defaults if d is not None]:
            self.visit(default)
        self.type_context += 1
        for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
            if a is not None and a.annotation is not None:
                self.visit(a.annotation)
        if node.returns is not None:
            self.visit(node.returns)
        self.type_context -= 1
        in_forward = self.ctx.module_class and node.name in ("forward", "execute")
        seeds = self.tensor_params.get(node.name, frozenset()) if self.ctx.scope is self.resolver.module_scope else frozenset()
        seeds |= self.autograd_seeds.get(id(node), frozenset())

        def body() -> None:
            scope_ctx = self.ctx
            scope_ctx.types_factory = lambda: FunctionTypes(
                node, lambda n: self.resolver.qualname(n, scope_ctx.scope),
                self.module_class_names.__contains__, in_forward, seeds, self.tensor_attributes, self.class_methods,
                self.tensor_functions,
            )
            for stmt in node.body:
                self.visit(stmt)

        self._with_scope(node, body, module_class=False, types_factory=None)

    visit_FunctionDef = visit_AsyncFunctionDef = _visit_function

    def visit_Lambda(self, node: ast.Lambda) -> None:
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.visit(default)
        self._with_scope(node, lambda: self.visit(node.body))

    def _visit_comprehension(self, node) -> None:
        self.visit(node.generators[0].iter)

        def body() -> None:
            for i, gen in enumerate(node.generators):
                self.visit(gen.target)
                if i:
                    self.visit(gen.iter)
                for cond in gen.ifs:
                    self.visit(cond)
            if isinstance(node, ast.DictComp):
                self.visit(node.key)
                self.visit(node.value)
            else:
                self.visit(node.elt)

        self._with_scope(node, body)

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _visit_comprehension

    # -- expressions ------------------------------------------------------------------------
    def visit_Constant(self, node: ast.Constant) -> None:
        if node.end_lineno != node.lineno:  # a multi-line string: no comment may go inside it
            self.fc.src.unsafe_line_ends.update(range(node.lineno, node.end_lineno))

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if node.end_lineno != node.lineno:
            self.fc.src.unsafe_line_ends.update(range(node.lineno, node.end_lineno))
        if self._convert_fstring(node):
            return
        # Expressions whose positions this Python does not give reliably, or whose rewrite an
        # f-string cannot hold (a quote of its own kind, a backslash), stay as written: each torch name
        # there is reported, since its import goes away.
        inner: set[int] = set()
        for sub in ast.walk(node):
            if id(sub) in inner or not isinstance(sub, (ast.Name, ast.Attribute)):
                continue
            q = self.qualname(sub) if isinstance(getattr(sub, "ctx", None), ast.Load) else None
            if q and q not in TORCH_MODULES and not self.resolver.is_soft(q):
                inner.update(id(n) for n in ast.walk(sub))
                self.fc.diag(D.UNSUPPORTED_API, node, f"{q} inside an f-string is not converted: left as written", q)
                self.fc.mark(node, q)

    def _convert_fstring(self, node: ast.JoinedStr) -> bool:
        """The expressions of an f-string converted as any other code (`f"{out.max(1)[1]}"`,
        `f"{x.data}"`, `f"{sum(p.numel() for p in model.parameters())}"`), where the positions the
        parser gives them check out against the source and the converted f-string still parses."""
        fc, src = self.fc, self.fc.src
        for sub in ast.walk(node):
            if isinstance(sub, ast.FormattedValue):
                text = src.data[src.start(sub.value):src.end(sub.value)].decode("utf-8", "replace")
                try:
                    parsed = ast.parse("(" + text + "\n)", mode="eval").body
                except SyntaxError:
                    return False
                if ast.dump(parsed) != ast.dump(sub.value):
                    return False
        span = fc.stmt if fc.stmt is not None and fc.stmt.lineno <= node.lineno else node
        start, end = src.start(span), src.end(span)
        for part in node.values:
            if not isinstance(part, ast.FormattedValue):
                continue
            # one expression at a time, so that one that does not fit leaves the others converted
            saved = fc.edits.snapshot(start, end)
            converted, out_targets = len(fc.converted), dict(fc.out_targets)
            before = fc.edits.render(src.start(node), src.end(node))
            self.visit(part)  # its value and format spec, then the rules' FormattedValue hooks
            after = fc.edits.render(src.start(node), src.end(node))
            try:
                compile("(" + after + "\n)", "<f-string>", "eval", dont_inherit=True)
                continue
            except SyntaxError:
                pass
            # undone: what was converted in it is reported instead (what was reported stays so)
            fc.edits.restore(start, end, saved)
            undone = fc.converted[converted:]
            del fc.converted[converted:]
            fc.out_targets.clear()
            fc.out_targets.update(out_targets)
            if not undone and after != before:
                undone = [(part.value.lineno, src.char_col(part.value.lineno, part.value.col_offset), "torch", "")]
            for line, col, api, _ in undone:
                fc.diagnostics.append(Diagnostic(
                    D.UNSUPPORTED_API, f"{api} inside this f-string is not converted (its conversion does not fit "
                    "in the f-string's quotes): left as written", line, col, api))
                fc.mark(node, api)
        return True

    def visit_Compare(self, node: ast.Compare) -> None:
        # `type(m) == nn.Linear`, `m.__class__ is nn.Conv2d`, `type(m) in (nn.Linear, nn.Conv1d)`: a class
        # compared by identity keeps the plain class, as in isinstance() (the adapted subclass for a
        # class passed around as a value is another object)
        identity = all(isinstance(op, (ast.Eq, ast.NotEq, ast.Is, ast.IsNot, ast.In, ast.NotIn)) for op in node.ops)
        equality = all(isinstance(op, (ast.Eq, ast.NotEq)) for op in node.ops)
        for operand in [node.left, *node.comparators]:
            if equality and self._size_compared(operand):
                continue
            elements = operand.elts if isinstance(operand, (ast.Tuple, ast.List, ast.Set)) else [operand]
            plain = identity and all(isinstance(e, (ast.Name, ast.Attribute)) for e in elements)
            self.type_context += plain
            self.visit(operand)
            self.type_context -= plain

    def _size_compared(self, node: ast.AST) -> bool:
        """`out.shape == torch.Size([2, 10])`: Jittor's shape (a NanoVector) compares only with a
        plain tuple or list, and raises on any other object, the helper's Size (a tuple subclass)
        included; compared, the Size is built as a tuple."""
        if not (isinstance(node, ast.Call) and len(node.args) <= 1 and not node.keywords
                and not any(isinstance(a, ast.Starred) for a in node.args) and self.qualname(node.func) == "torch.Size"):
            return False
        entry = self.fc.table.lookup("torch.Size")
        if entry is None:
            return False
        self.fc.edits.replace(self.fc.src.start(node.func), self.fc.src.end(node.func), "tuple")
        self.fc.record(node, "torch.Size", entry)
        for a in node.args:
            self.visit(a)
        return True

    def visit_Name(self, node: ast.Name):
        if isinstance(node.ctx, ast.Load):
            q = self.qualname(node)
            if q:
                self.reference(node, q)
                return TORCH_NAME
        return None

    def visit_Attribute(self, node: ast.Attribute):
        q = self.qualname(node)
        if q:
            self.reference(node, q)
            return TORCH_NAME
        self.visit(node.value)
        return None

    def visit_Call(self, node: ast.Call) -> None:
        self.fc.call_marks.append((len(self.fc.diagnostics), len(self.fc.converted)))
        try:
            self._visit_call(node)
        finally:
            self.fc.call_marks.pop()

    def _visit_call(self, node: ast.Call) -> None:
        func = node.func
        if any(hook(self, node) for hook in REGISTRY.hooks(CALL_OVERRIDE)):
            return  # a rule converted the whole call
        q = self.qualname(func)
        if q is None and isinstance(func, ast.Attribute):
            self.visit(func)
            self._visit_arguments(node)
            self.method_call(node)
            return
        if q is None:
            self.visit(func)
            self._visit_arguments(node)
            return
        self._visit_arguments(node)
        if q in TORCH_MODULES:
            return
        entry = self.fc.table.lookup(q)
        if entry is None and isinstance(func, ast.Attribute) and self._mapped_prefix(func.value):
            # `torch.__version__.split(".")`: a method of a converted value, not a torch API
            self.reference(func.value, self.qualname(func.value))
            return
        if entry is None or entry.is_method or entry.key.startswith(MODULE_METHOD_PREFIX):
            # a method named through its class (`nn.Module.train(self)`): converted on instances only
            self.unsupported(func, q, span=node)
            return
        if self._argument_not_in_table(node, entry):
            return
        if entry.rule:
            if REGISTRY.entry_rules[entry.rule](self.fc, node, entry, self.ctx) is False:
                return  # the rule reported the call instead of converting it
        else:
            rewrite_call(self.fc, node, entry, self.fc.jittor_expr(entry))
        self.fc.record(node, q, entry)

    def _argument_not_in_table(self, node: ast.Call, entry: Entry) -> bool:
        """`torch.argmax(x, 1, out=o)` where the entry's PyTorch signature lacks `out` (or another
        argument the table never honours): passed on, the target would ignore it or raise, so the call
        is reported and left as written (True)."""
        pt = entry.pytorch
        if pt is None or pt.has_varkw:
            return False
        for kw in node.keywords:
            if kw.arg in NOT_HONOURED and pt.get(kw.arg) is None:
                self.fc.diag(D.UNSUPPORTED_ARGUMENT, kw.value, f"argument '{kw.arg}' of {entry.key} has no Jittor "
                             "equivalent: left as written", entry.key)
                self.fc.mark(kw.value, f"{entry_name(entry)}({kw.arg}=...)")
                return True
        return False

    def _mapped_prefix(self, node: ast.AST) -> bool:
        """Whether `node` (an attribute chain) or a prefix of it names a torch value (a constant, a
        dtype: an entry taking no arguments) the table maps. A class or function is not: an unknown
        attribute of it is an API of its own, reported."""
        while isinstance(node, (ast.Attribute, ast.Name)):
            q = self.qualname(node)
            entry = self.fc.table.lookup(q) if q and not torchvision_package.is_module(q) else None
            if entry is not None and not entry.is_method and not entry.pytorch.params:
                return True
            node = getattr(node, "value", None)
        return False

    def _visit_arguments(self, node: ast.Call) -> None:
        type_check = isinstance(node.func, ast.Name) and node.func.id in ("isinstance", "issubclass")
        for i, a in enumerate(node.args):
            self.type_context += type_check and i == 1
            self.visit(a)
            self.type_context -= type_check and i == 1
        for k in node.keywords:
            self.visit(k.value)

    # -- rewrites ---------------------------------------------------------------------------
    def reference(self, node: ast.AST, q: str) -> None:
        """A torch name used other than as the callee: a base class, an annotation, isinstance()."""
        if q in TORCH_MODULES:
            # the module itself as a value (`F = torch.nn.functional`, `lib=torch`): what is later
            # reached through it is not seen, and the name is left to the stand-in that raises
            self.fc.diag(D.UNSUPPORTED_API, node, f"{q} used as a value is not supported (only its imports are "
                         f"followed: `import {q} as <name>`): left as written", q)
            self.fc.mark(node, q)
            return
        entry = self.fc.table.lookup(q)
        if entry is None and isinstance(node, ast.Attribute):
            # `InterpolationMode.BICUBIC`, `torch.float32.itemsize`: convert the longest known prefix.
            sub = node.value
            while isinstance(sub, (ast.Attribute, ast.Name)):
                sub_q = self.qualname(sub)
                # a module's unknown attribute (`torchvision.models.detection`) is an API of its own
                if sub_q and not torchvision_package.is_module(sub_q) and self.fc.table.lookup(sub_q) is not None:
                    self.reference(sub, sub_q)
                    if sub is node.value:  # an attribute of a converted value: the rules for attributes apply
                        for hook in REGISTRY.after.get(ast.Attribute, ()):
                            hook(self, node)
                    return
                sub = getattr(sub, "value", None)
        if entry is None or entry.is_method:
            self.unsupported(node, q)
            return
        new = self.fc.jittor_expr(entry)
        if self.in_bases and entry.base:
            module, _, name = entry.base.rpartition(".")
            self.fc.needed.add(module)
            new = f"{self.fc.aliases.get(module, module)}.{name}"
        elif (not self.type_context or self.in_bases) and adapts_arguments(entry):
            # A layer class passed around as a value (`activation_layer=nn.ReLU6`, `partial(nn.BatchNorm2d,
            # eps=...)`) is called later with PyTorch's arguments, and so is a base class (through
            # `super().__init__(..., **kwargs)` or the subclass's callers): hand over a subclass
            # that translates them as the entry says. isinstance() and annotations keep the plain class.
            new = adapted_class(self.fc, new, entry)
        elif not self.type_context and not self.in_bases and entry.rule == "tensor_constructor":
            # `Tensor = torch.cuda.FloatTensor if cuda else torch.Tensor`, later `Tensor(np.ones(s))`
            # (float32, where jt.Var keeps numpy's float64): the helper's constructor, which
            # isinstance() also takes for any Var
            new = self.fc.helper("Tensor")
        if new != self.fc.text(node):
            self.fc.edits.replace(self.fc.src.start(node), self.fc.src.end(node), new)
        self.fc.record(node, q, entry)

    def method_call(self, node: ast.Call) -> None:
        """`x.size(1)`, `x.view(...)`, `x.cuda()`: only on receivers known to be tensors/modules."""
        if not self.uses_torch:
            return  # a file that never mentions torch has no tensors to rewrite
        for check in REGISTRY.hooks(METHOD_CALL_CHECK):
            if not check(self, node):
                return
        func = node.func
        api = "torch.Tensor." + func.attr
        entry = self.fc.table.lookup("Tensor." + func.attr)
        module_entry = self.fc.table.lookup(MODULE_METHOD_PREFIX + func.attr)
        # an nn.Module method: its rule decides which receivers are modules (`model.float()`); on any
        # other receiver a tensor method the table does not map (`x.bfloat16()`) is reported below
        if module_entry is not None and REGISTRY.entry_rules[module_entry.rule].applies(self.fc, node, self.ctx):
            api, entry = MODULE_METHOD_PREFIX + func.attr, module_entry
        if entry is None:
            self._unmapped_method(node)
            return
        if self.ctx.types is None and not entry.rule:
            return
        rule = REGISTRY.entry_rules.get(entry.rule) if entry.rule else None
        if rule is not None and getattr(rule, "applies", None) is not None:
            if not rule.applies(self.fc, node, self.ctx):
                self._untyped_receiver(node, entry)
                return
        elif self.ctx.types is None or not self._is_tensor_receiver(node):
            self._untyped_receiver(node, entry)
            return
        outcome = rule(self.fc, node, entry, self.ctx) if rule is not None else DEFAULT_CONVERSION
        if outcome is False:
            return  # the rule reported the call instead of converting it
        if outcome is not DEFAULT_CONVERSION:
            pass  # the rule converted the call
        elif entry.jittor_module == "t2j":
            self._method_to_helper(node, entry)
        elif (function := self._function_taking_unsupported(node, entry)) is not None:
            self._method_to_helper(node, function)
            entry = function
        else:
            rewrite_call(self.fc, node, entry, None)
        self.fc.record(node, api, entry)

    def _function_taking_unsupported(self, node: ast.Call, entry: Entry) -> Entry | None:
        """`x.sum(dtype=torch.float64)`, `x.div(y, rounding_mode="floor")`: an argument the Var
        method cannot take, which torch's function of the same name takes, in a helper that takes
        PyTorch's arguments as written: the call goes to that helper (`t2j.sum_(x, dtype=...)`)."""
        if not entry.unsupported or any(isinstance(a, ast.Starred) for a in node.args) or any(
                k.arg is None for k in node.keywords):
            return None
        given = {k.arg: k.value for k in node.keywords}
        given.update((p.name, a) for p, a in zip(entry.pytorch.positional, node.args))
        if not any(name in given and not _is_default(given[name], entry.pytorch.get(name)) for name in entry.unsupported):
            return None  # (an argument restated at its default is dropped instead)
        function = self.fc.table.lookup("torch." + node.func.attr)
        if function is None or function.jittor_module != "t2j" or function.links or function.extras or function.delete:
            return None
        helper = function.jittor.params  # the helper's own signature
        if [p.name for p in helper] != [p.name for p in function.pytorch.params if p.name != "out"]:
            return None  # the helper does not take PyTorch's arguments as written
        positional = [p.name for p in entry.pytorch.positional]
        after_input = helper[1:1 + len(positional)]
        if [p.name for p in after_input] != positional or any(p.kind != "positional" for p in after_input):
            return None  # the method's positional arguments are not the helper's, after the tensor
        if not {p.name for p in entry.pytorch.params} <= {p.name for p in helper}:
            return None
        return function

    def _unmapped_method(self, node: ast.Call) -> None:
        """A torch.Tensor method the table does not map, on a provable tensor: the in-place form of
        a mapped method is derived from it; anything else is reported, never left to fail at run time."""
        func = node.func
        if self.ctx.types is None or func.attr not in tensor_api.METHODS:
            return  # not a torch API: the receiver is some other object
        if func.attr in _CONTAINER_METHODS:
            return  # `out.values()` on a module's output: as likely a dict as a tensor
        if not self._is_tensor_receiver(node):
            base = self.fc.table.in_place_base(func.attr)
            if base is not None and base.key == "torch.Tensor." + func.attr[:-1]:
                self._untyped_receiver(node, base, func.attr)
            elif base is None:
                self._untyped_unmapped(node)
            return
        api = "torch.Tensor." + func.attr
        base = self.fc.table.in_place_base(func.attr)
        if base is not None:
            if _evaluates_alike(func.value):
                self._derive_in_place(node, base)
                self.fc.record(node, api, base)
                return
            reason = "the receiver is computed: writing into it would evaluate it twice"
        else:
            reason = UNSUPPORTED_REASONS.get(api, "no Jittor counterpart in the table")
        self.fc.diag(D.UNSUPPORTED_API, func, f"{api} is not supported ({reason}): left as written", api)
        self.fc.mark(func, api)

    def _untyped_unmapped(self, node: ast.Call) -> None:
        """`x.lu()` where x may be a tensor: a note (no marker, the call may be a user object's own
        method), so that a run-time AttributeError never comes without a word."""
        func = node.func
        receiver = func.value
        if func.attr in _SHARED_METHOD_NAMES or not_tensor(self.ctx.types, receiver) or self._module_value(receiver):
            return
        api = "torch.Tensor." + func.attr
        reason = UNSUPPORTED_REASONS.get(api, "no Jittor counterpart in the table")
        self.fc.diag(D.NOTE, func, f"if `{self.fc.text(receiver)}` is a tensor, {api} is not supported ({reason}): "
                     "left as written", api)

    def _derive_in_place(self, node: ast.Call, base: Entry) -> None:
        """`x.trunc_()` -> `t2j.inplace_(x, <x.trunc() converted>)`: computed out of place, assigned
        back into the receiver with its shape and dtype kept, the receiver returned (as PyTorch does)."""
        if base.jittor_module == "t2j":
            self._method_to_helper(node, base)
        else:
            rewrite_call(self.fc, node, base, None)
        src = self.fc.src
        start, end = src.start(node), src.end(node)
        call = self.fc.edits.render(start, end)
        receiver = self.fc.edits.render(start, src.end(node.func.value))
        self.fc.edits.replace(start, end, f"{self.fc.helper('inplace_')}({receiver}, {call})")

    def _untyped_receiver(self, node: ast.Call, entry: Entry, name: str | None = None) -> None:
        """`x.max(1)` on a receiver not provably a tensor, where the table rewrites the call (Jittor's
        same-named method differs): `t2j.maybe_tensor(x).max(1)`, PyTorch's method when x is a Var at
        run time (the helper package repeats the rewrite from the same table), x's own otherwise."""
        name = name or node.func.attr
        types = self.ctx.types
        receiver = node.func.value
        if types is None or entry.key != "torch.Tensor." + entry_name(entry) or not_tensor(types, receiver):
            return
        if self._module_value(receiver):
            return  # `math.sqrt(2.0)`, `np.abs(a).max(1)`: that module's function and semantics
        methods = runtime_methods()
        if name in methods:
            if not rewrites_untyped(entry, node) and not any(
                    hook(self, receiver, name) for hook in REGISTRY.hooks(RECEIVER_MAY_BE_MODULE)):
                return
        elif not (name.endswith("_") and entry_name(entry) == name[:-1] in methods and not methods[name[:-1]]):
            return  # `x.acos_()` derived from acos: the helper package derives it alike
        if writes_into_a_copy(name, receiver) or wrapped_already(receiver) or self._marked_already(node, name):
            return
        for kw in node.keywords:
            self._report_unsupported_argument(node, entry, kw.arg, kw.value)
        for param, arg in zip(entry.pytorch.positional, node.args):
            if isinstance(arg, ast.Starred):
                break
            self._report_unsupported_argument(node, entry, param.name, arg)
        start, end = self.fc.src.start(receiver), self.fc.src.end(receiver)
        self.fc.edits.replace(start, end, f"{self.fc.helper('maybe_tensor')}({self.fc.edits.render(start, end)})")
        self.fc.record(node, "torch.Tensor." + name, entry)

    def _module_value(self, receiver: ast.AST) -> bool:
        """An imported module (`math`), or the result of calling a function of one other than torch
        (torch's are typed): `np.abs(a)`, `t2j.add(a, b)` (a second conversion)."""
        if isinstance(receiver, ast.Name):
            return self.resolver.is_imported_module_name(receiver.id, self.ctx.scope)
        if not (isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Attribute)):
            return False
        root = receiver.func.value
        while isinstance(root, (ast.Attribute, ast.Call)):
            root = root.func if isinstance(root, ast.Call) else root.value
        return isinstance(root, ast.Name) and self.resolver.is_imported_module_name(root.id, self.ctx.scope)

    def _marked_already(self, node: ast.Call, name: str) -> bool:
        """An earlier conversion reported a `.name` API on this call's lines (its marker comment is
        there): the call stays as that run left it, so converting twice changes nothing."""
        src = self.fc.src
        for line in range(node.lineno, min(node.end_lineno, len(src.line_starts)) + 1):
            text = src.line_bytes(line)
            at = text.find(f"# {D.MARKER_PREFIX}: ".encode())
            if at >= 0 and re.search(rf"\.{re.escape(name)}\b".encode(), text[at:]):
                return True
        return False

    def _report_unsupported_argument(self, node: ast.Call, entry: Entry, param: str | None, value: ast.AST) -> None:
        """An argument the table cannot honour, on a receiver that may be a tensor: said here, as on a
        provable one (the helper package raises if it is)."""
        found = entry.pytorch.get(param) if param else None
        if found is None or param not in entry.unsupported:
            return
        if found.default is not None and ast.unparse(value) == found.default:
            return
        self.fc.diag(D.UNSUPPORTED_ARGUMENT, value, f"argument '{param}' of {entry.key} has no Jittor equivalent "
                     "(where the receiver is a tensor): left as written", entry.key)
        self.fc.mark(value, f"{entry.key}({param}=...)")

    def _is_tensor_receiver(self, call: ast.Call) -> bool:
        if self.ctx.types.is_tensor(call.func.value):
            return True
        return any(hook(self, call) for hook in REGISTRY.hooks(TENSOR_RECEIVER))

    def _method_to_helper(self, node: ast.Call, entry: Entry) -> None:
        """`x.argmax(1)` -> `t2j.argmax(x, 1)`: a helper implementing PyTorch's method on a Var.
        The helper takes PyTorch's own arguments, so they are passed on as written."""
        src = self.fc.src
        start, end = src.start(node), src.end(node)
        dot = self.fc.dot_before_attr(node.func)
        name_start = src.end(node.func) - len(node.func.attr.encode("utf-8"))
        # Inside the helper call's parentheses a line break needs no backslash, and a comment
        # between `x.` and the method name can stay where it is.
        receiver = _unbackslash(self.fc.edits.render(start, dot))
        between = _unbackslash(src.data[dot + 1 : name_start].decode("utf-8"))
        receiver = receiver + between
        if not self.fc.has_comment(start, name_start):
            receiver = receiver.rstrip()  # else a comment ends the text: keep its line break
        rename_numpy_aliases(self.fc, node, entry)
        open_paren = src.data.find(b"(", src.end(node.func))
        inner = self.fc.edits.render(open_paren + 1, end - 1)
        if len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.GeneratorExp):
            inner = f"({inner})"  # `x.m(v for v in y)`: a generator shares the call's parentheses
        sep = ", " if inner.strip() else ""
        self.fc.edits.replace(start, end, f"{self.fc.helper(entry.jittor_name)}({receiver}{sep}{inner})")

    def unsupported(self, node: ast.AST, q: str, span: ast.AST | None = None) -> None:
        if self.resolver.is_soft(q):
            return  # a sibling module's name (relative import): converted with that module
        reason = UNSUPPORTED_REASONS.get(q) or torchvision_package.missing_reason(q)
        why = f" ({reason})" if reason else ""
        self.fc.diag(D.UNSUPPORTED_API, node, f"{q} is not supported{why}: left as written", q)
        self.fc.mark(node, q)
        if span is not None:  # a marker found anywhere on the call's lines counts (idempotence)
            key = (node.lineno, q)
            self.fc.marker_spans[key] = max(self.fc.marker_spans[key], span.end_lineno)


# Method names a dict, list, tuple, str or set also has (`values`, `index`): a value inferred to
# be a tensor may be a container (a submodule's output), so such a call is no evidence of a torch
# API use (the torch.Tensor methods among them are sparse-only `values` and rare `index`).
_CONTAINER_METHODS = frozenset(n for t in (dict, list, tuple, str, set) for n in dir(t) if not n.startswith("_"))
# torch.Tensor method names that other objects commonly have too (numpy arrays, data batches, solvers):
# on a receiver not provably a tensor they say nothing about it.
_SHARED_METHOD_NAMES = frozenset({
    "index", "indices", "values", "new", "resize", "resize_", "set_", "map_", "apply_", "solve", "storage",
    "stride", "pin_memory", "record_stream", "get_device", "put_", "histogram", "module_load", "xpu", "ipu",
    "mtia", "lstsq", "eig", "qr", "lu", "dequantize",
})


def _evaluates_alike(node: ast.AST) -> bool:
    """`x`, `self.weight`, `x[i, :2]`: evaluating it twice gives the same tensor (no call)."""
    if isinstance(node, ast.Name) or isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Attribute):
        return _evaluates_alike(node.value)
    if isinstance(node, ast.Subscript):
        return _evaluates_alike(node.value) and _evaluates_alike(node.slice)
    if isinstance(node, ast.Slice):
        return all(part is None or _evaluates_alike(part) for part in (node.lower, node.upper, node.step))
    if isinstance(node, ast.Tuple):
        return all(_evaluates_alike(e) for e in node.elts)
    if isinstance(node, ast.UnaryOp):
        return _evaluates_alike(node.operand)
    return False


# Returned by a visit method that converted the node as a torch name: the rules' hooks skip it.
TORCH_NAME = object()

_STATEMENTS = frozenset(cls for cls in vars(ast).values() if isinstance(cls, type) and issubclass(cls, ast.stmt))


def _is_default(value: ast.AST, param) -> bool:
    if param is None or param.default is None or not isinstance(value, ast.Constant):
        return False
    try:
        default = ast.literal_eval(param.default)
    except (ValueError, SyntaxError):
        return False
    return type(value.value) is type(default) and value.value == default


def _unbackslash(text: str) -> str:
    """Drop backslash line continuations (the text goes inside parentheses)."""
    return text.replace("\\\r\n", "\r\n").replace("\\\n", "\n")


def _comment_starts(text: str):
    """Yield '#' for each comment in a fragment of code (strings skipped)."""
    import io
    import tokenize

    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.COMMENT:
                yield "#"
    except (tokenize.TokenError, SyntaxError, IndentationError):
        yield "#"  # unsure: treat as holding a comment


def _choose_aliases(module_scope: Scope, scopes) -> dict[str, str]:
    """Use `jt`/`nn`/`init` unless the file binds one of those names to something else, at module
    level or in a function: its own `def init(m)` or parameter `init="normal"` would shadow the
    import where it uses `nn.init.*` (unless the file imports that name from torch itself, whose
    uses the shadowing already rules out)."""
    scopes = list(scopes)
    aliases = {}
    for name in list(JITTOR_IMPORTS) + ["t2j"]:
        module_bindings = module_scope.bindings.get(name, [])
        taken = any(b.qualname is None for b in module_bindings) or (not module_bindings and any(
            b.qualname is None for scope in scopes if scope is not module_scope for b in scope.bindings.get(name, [])))
        aliases[name] = f"jittor_{name}" if taken else name
    return aliases


def convert_file(
    text: str, table: MappingTable = DEFAULT_TABLE, filename: str = "<string>", package: str | None = None,
    siblings: dict | None = None,
    helper_levels_up: int = 0,
) -> ConversionResult:
    """Convert one file's source text. Raises ConversionError for input that is not valid Python."""
    # The pass allocates many short-lived, acyclic objects (ast nodes): the cyclic garbage
    # collector's passes over them were a large share of the run time, and find nothing.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    # The walk recurses once per nesting level of the syntax tree: allow what ast.parse allows.
    recursion_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(recursion_limit, 20000))
    try:
        return _convert_file(text, table, filename, package, siblings, helper_levels_up)
    except RecursionError:
        raise ConversionError("too deeply nested to convert (expression nesting beyond Python's own limits)", filename) from None
    finally:
        sys.setrecursionlimit(recursion_limit)
        if gc_was_enabled:
            gc.enable()


def _convert_file(
    text: str, table: MappingTable, filename: str, package: str | None, siblings=None,
    helper_levels_up: int = 0,
) -> ConversionResult:
    try:
        tree = ast.parse(text, filename=filename, type_comments=False)
    except SyntaxError as exc:
        raise ConversionError(f"syntax error: {exc.msg}", filename, exc.lineno or 0, exc.offset or 0) from None
    except ValueError as exc:  # e.g. source with NUL bytes
        raise ConversionError(f"cannot parse: {exc}", filename) from None
    if (package or "").split(".")[0] != "torchvision":
        # Code using torchvision's model builders reaches them in the converted torchvision
        # package; torchvision's own files (converted to make that package) keep their imports.
        table = table.with_dynamic(torchvision_package.entry_for)
    fc = FileConversion(text, table, filename, package, siblings, helper_levels_up)
    converter = Converter(fc, tree)
    converter.run()
    _report_torchvision_models_imports(fc, converter.resolver)
    fc.removed_statements.extend(s for s in fc.maybe_emptied.values() if does_nothing(fc, s))
    finish_imports(fc, converter.resolver, tree)
    remove_statements(fc, tree, fc.removed_statements)
    _place_markers(fc)
    code = fc.edits.result().decode("utf-8")
    try:
        ast.parse(code)
    except SyntaxError as exc:  # a bug in a rule: never hand the user broken code
        raise RuntimeError(f"{filename}: internal error, converted code does not parse: {exc}") from exc
    fc.diagnostics.sort(key=lambda d: (d.line, d.col))
    helpers = sorted(fc.needed & HELPER_MODULES)
    if any(target.startswith(f"t2j.{torchvision_package.HELPER_ATTRIBUTE}") for *_, target in fc.converted):
        helpers.append(torchvision_package.NEEDED)  # the converted torchvision package goes beside jittor_compat
    return ConversionResult(code, fc.diagnostics, fc.converted, helpers)


def _report_torchvision_models_imports(fc: FileConversion, resolver) -> None:
    """An import of torchvision.models where torchvision is not installed: its names cannot be
    converted (they come from torchvision's own files), said at the import; each use is reported too.
    A star import of torchvision.models stays, reported."""
    for stmt, _ in resolver.torch_imports:
        if isinstance(stmt, ast.Import):
            modules = [a.name for a in stmt.names]
        else:
            module = getattr(stmt, "t2j_module", stmt.module or "")
            modules = [f"{module}.{a.name}" for a in stmt.names] if module == "torchvision" else [module]
        if getattr(stmt, "level", 0):
            continue
        if (isinstance(stmt, ast.ImportFrom) and any(a.name == "*" for a in stmt.names)
                and torchvision_package.is_module(modules[0])):
            # Its names the converted package provides are converted where used; the import itself
            # would still need torchvision, and what else it brings is not known here.
            api = f"{modules[0]}.*"
            fc.diag(D.UNSUPPORTED_API, stmt, f"{api} is not supported (a star import of torchvision's models: the "
                    "names it provides are converted where used; import any other by name): left as written", api)
            fc.mark(stmt, api)
            continue
        found = next((m for m in modules if torchvision_package.missing_reason(m)), None)
        if found is None:
            continue
        name = torchvision_package.PREFIX
        fc.diag(D.UNSUPPORTED_API, stmt, f"{name} is not supported ({torchvision_package.missing_reason(name)}): "
                "its uses are left as written", name)


def _place_markers(fc: FileConversion) -> None:
    if not fc.markers:
        return
    spans = fc.edits.spans()  # disjoint: a replacement absorbs the edits inside it
    starts = [s for s, _ in spans]
    by_line: dict[int, list[str]] = {}
    for line, names in fc.markers.items():
        target = _marker_line(fc, line, spans, starts)
        for name in names:
            # Marked by an earlier run (maybe on another line of the same expression): leave it.
            last = max(target, fc.marker_spans.get((line, name), line))
            if any(f"{D.MARKER_PREFIX}: ".encode() in fc.src.line_bytes(n) and name.encode() in fc.src.line_bytes(n)
                   for n in range(line, min(last, len(fc.src.line_starts)) + 1)):
                continue
            by_line.setdefault(target, []).append(name)
    for line, names in by_line.items():
        existing = fc.src.line_bytes(line)
        if D.MARKER_PREFIX.encode() in existing:
            continue  # already marked by an earlier run: stay idempotent
        fc.edits.insert(fc.src.line_end(line), f"  # {D.MARKER_PREFIX}: {', '.join(dict.fromkeys(names))}")


def _marker_line(fc: FileConversion, line: int, spans, starts) -> int:
    """A line whose end is safe for a comment, also after the rewrites (which may join lines)."""
    while True:
        line = fc.src.comment_safe_line(line)
        pos = fc.src.line_end(line)
        j = bisect.bisect_right(starts, pos) - 1  # the one replacement that could cover pos
        if j < 0:
            return line
        s, e = spans[j]
        if not (s < pos < e or (s == pos < e and fc.src.data[s : s + 1] in (b"\r", b"\n"))):
            return line
        line = fc.src.line_of(e)

"""Which names refer to torch: import bindings per scope, so `nn` is torch only where torch bound it.

A flow-insensitive, scope-aware analysis (module, class, function, lambda, comprehension scopes):
a name is a torch name in a scope when every binding of it visible there is a torch import.
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Callable

from .fastvisit import FastVisitor

# Packages whose names the converter resolves. torch imports always go away; torchvision
# imports lose the names the mapping table converts and keep the others.
SOURCE_ROOTS = ("torch", "torchvision")


def is_torch_module(name: str) -> bool:
    return name == "torch" or name.startswith("torch.")


def is_source_module(name: str) -> bool:
    return any(name == root or name.startswith(root + ".") for root in SOURCE_ROOTS)


def absolute_module(module: str | None, level: int, package: str | None) -> str | None:
    """`from ..utils import x` in package `torchvision.models` -> `torchvision.utils`."""
    if level == 0:
        return module
    if not package:
        return None
    parts = package.split(".")
    if level - 1 >= len(parts):
        return None
    base = parts[: len(parts) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def _root(module: str) -> str:
    return module.split(".")[0]


def relative_module(module: str, package: str) -> str:
    """`torchvision.ops.misc` seen from package `torchvision.models` -> `..ops.misc`."""
    mod, pkg = module.split("."), package.split(".")
    common = 0
    while common < min(len(mod), len(pkg)) and mod[common] == pkg[common]:
        common += 1
    return "." * (len(pkg) - common + 1) + ".".join(mod[common:])


@dataclass
class Binding:
    qualname: str | None  # torch qualified name, or None for any non-torch binding
    stmt: ast.AST | None = None  # the import statement that made it
    soft: bool = False  # from a relative import: a sibling module, converted too if not mapped


@dataclass
class Scope:
    node: ast.AST
    parent: "Scope | None"
    kind: str  # "module", "class", "function", "comprehension"
    bindings: dict[str, list[Binding]] = field(default_factory=dict)
    star_imports: list[str] = field(default_factory=list)  # torch modules imported with *
    globals_: set[str] = field(default_factory=set)
    nonlocals: set[str] = field(default_factory=set)

    def bind(self, name: str, binding: Binding) -> None:
        self.bindings.setdefault(name, []).append(binding)


class ScopeBuilder(FastVisitor):
    """One pass over the tree: every scope's bindings, and the scope of each scope-creating node."""

    def __init__(self, package: str | None = None, siblings=None) -> None:
        self.package = package
        self.siblings = siblings or {}
        # imports of torch names from sibling modules (`from .activations import *` bringing `F`)
        self.sibling_imports: list[tuple[ast.stmt, Scope]] = []
        self.scopes: dict[int, Scope] = {}  # id(node) -> scope it creates
        self.torch_imports: list[tuple[ast.stmt, Scope]] = []
        self.classes: list[tuple[ast.ClassDef, Scope]] = []  # every class, with the scope defining it
        self.scope: Scope | None = None

    def build(self, tree: ast.Module) -> Scope:
        self.scope = Scope(tree, None, "module")
        self.scopes[id(tree)] = self.scope
        for stmt in tree.body:
            self.visit(stmt)
        return self.scopes[id(tree)]

    # -- bindings ---------------------------------------------------------------------------
    def _bind(self, name: str, binding: Binding | None = None) -> None:
        scope = self.scope
        if name in scope.globals_:
            while scope.parent is not None:
                scope = scope.parent
        scope.bind(name, binding or Binding(None))

    def visit_Import(self, node: ast.Import) -> None:
        has_source = False
        for alias in node.names:
            if is_source_module(alias.name):
                has_source = True
                if alias.asname:
                    self._bind(alias.asname, Binding(alias.name, node))
                else:  # `import torch.nn` binds `torch`
                    root = alias.name.split(".")[0]
                    self._bind(root, Binding(root, node))
            else:
                self._bind(alias.asname or alias.name.split(".")[0], Binding(None, node))
        if has_source:
            self.torch_imports.append((node, self.scope))

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = absolute_module(node.module, node.level, self.package)
        if module and is_source_module(module):
            node.t2j_module = module  # the resolved absolute module, for the import rewrite
            self.torch_imports.append((node, self.scope))
            # Converting torchvision itself: its absolute self-imports (`from torchvision.ops.misc
            # import X`) name files converted alongside, so they become relative like the others.
            self_import = node.level == 0 and self.package and _root(module) == _root(self.package) != "torch"
            if self_import:
                node.t2j_relative = relative_module(module, self.package)
            for alias in node.names:
                if alias.name == "*":
                    self.scope.star_imports.append(module)
                else:
                    soft = node.level > 0 or bool(self_import)
                    self._bind(alias.asname or alias.name, Binding(f"{module}.{alias.name}", node, soft))
        else:
            provided = self.siblings.get(module, {}) if module else {}
            torch_names = {}
            for alias in node.names:
                if alias.name == "*":
                    torch_names.update({n: q for n, q in provided.items() if not n.startswith("_")})
                elif alias.name in provided:
                    torch_names[alias.asname or alias.name] = provided[alias.name]
                else:
                    self._bind(alias.asname or alias.name, Binding(None, node))
            for name, qualname in torch_names.items():
                self._bind(name, Binding(qualname, node))
            if torch_names:
                node.t2j_sibling = torch_names
                self.sibling_imports.append((node, self.scope))

    def visit_Global(self, node: ast.Global) -> None:
        self.scope.globals_.update(node.names)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        self.scope.nonlocals.update(node.names)

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, (ast.Store, ast.Del)):
            self._bind(node.id)

    def visit_arg(self, node: ast.arg) -> None:
        self._bind(node.arg)
        if node.annotation:
            pass  # annotations are visited in the enclosing scope by _visit_function

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.name:
            self._bind(node.name)
        self.generic_visit(node)

    def visit_MatchAs(self, node) -> None:  # pragma: no cover - 3.10+ syntax
        if node.name:
            self._bind(node.name)
        self.generic_visit(node)

    def visit_MatchStar(self, node) -> None:  # pragma: no cover
        if node.name:
            self._bind(node.name)

    def visit_MatchMapping(self, node) -> None:  # pragma: no cover
        if node.rest:
            self._bind(node.rest)
        self.generic_visit(node)

    # -- scopes -----------------------------------------------------------------------------
    def _push(self, node: ast.AST, kind: str) -> Scope:
        scope = Scope(node, self.scope, kind)
        self.scopes[id(node)] = scope
        return scope

    def _visit_function(self, node) -> None:
        self._bind(node.name)
        for deco in node.decorator_list:
            self.visit(deco)
        args = node.args
        for default in args.defaults + [d for d in args.kw_defaults if d is not None]:
            self.visit(default)
        for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
            if a is not None and a.annotation is not None:
                self.visit(a.annotation)
        if node.returns is not None:
            self.visit(node.returns)
        outer = self.scope
        self.scope = self._push(node, "function")
        for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
            if a is not None:
                self._bind(a.arg)
        for stmt in node.body:
            self.visit(stmt)
        self.scope = outer

    visit_FunctionDef = visit_AsyncFunctionDef = _visit_function

    def visit_Lambda(self, node: ast.Lambda) -> None:
        for default in node.args.defaults + [d for d in node.args.kw_defaults if d is not None]:
            self.visit(default)
        outer = self.scope
        self.scope = self._push(node, "function")
        args = node.args
        for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
            if a is not None:
                self._bind(a.arg)
        self.visit(node.body)
        self.scope = outer

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append((node, self.scope))
        self._bind(node.name)
        for expr in node.decorator_list + node.bases + [k.value for k in node.keywords]:
            self.visit(expr)
        outer = self.scope
        self.scope = self._push(node, "class")
        for stmt in node.body:
            self.visit(stmt)
        self.scope = outer

    def _visit_comprehension(self, node) -> None:
        # The first iterable is evaluated in the enclosing scope.
        self.visit(node.generators[0].iter)
        outer = self.scope
        self.scope = self._push(node, "comprehension")
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
        self.scope = outer

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _visit_comprehension

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        # A walrus in a comprehension binds in the enclosing function/module scope.
        scope = self.scope
        while scope.kind == "comprehension" and scope.parent is not None:
            scope = scope.parent
        outer, self.scope = self.scope, scope
        self._bind(node.target.id)
        self.scope = outer
        self.visit(node.value)


class Resolver:
    """Answers: what torch name (if any) does this expression denote, seen from this scope?"""

    def __init__(self, tree: ast.Module, is_known: Callable[[str], bool] = lambda qualname: False,
                 package: str | None = None, siblings=None):
        builder = ScopeBuilder(package, siblings)
        self.module_scope = builder.build(tree)
        self.scopes = builder.scopes
        self.torch_imports = builder.torch_imports
        self.sibling_imports = builder.sibling_imports
        self.classes = builder.classes
        self.is_known = is_known  # whether the table maps a torch name: what a star import provides
        # `torch` used without any binding anywhere in the module (the seed's own example does this).
        self.implicit_torch = "torch" not in self.module_scope.bindings
        self.soft_names: set[str] = set()  # qualnames that came through relative imports

    def is_soft(self, qualname: str) -> bool:
        """A name from a relative import (a sibling module): left alone when not in the table."""
        return any(qualname == s or qualname.startswith(s + ".") for s in self.soft_names)

    def scope_of(self, node: ast.AST) -> Scope | None:
        return self.scopes.get(id(node))

    def lookup(self, name: str, scope: Scope) -> str | None:
        """Torch qualname a bare name denotes in `scope`, or None."""
        s = scope
        first = True
        while s is not None:
            # Class bodies are not visible from the functions nested in them.
            if s.kind == "class" and not first:
                s = s.parent
                continue
            if name in s.nonlocals or (name in s.globals_ and s.kind != "module"):
                s = s.parent if name in s.nonlocals else self.module_scope
                first = False
                continue
            bindings = s.bindings.get(name)
            if bindings:
                quals = {b.qualname for b in bindings}
                if len(quals) == 1 and None not in quals:
                    if bindings[0].soft:
                        self.soft_names.add(bindings[0].qualname)
                    return quals.pop()
                return None
            for module in s.star_imports:
                if self.is_known(f"{module}.{name}"):
                    return f"{module}.{name}"
            first = False
            s = s.parent
        if name == "torch" and self.implicit_torch:
            return "torch"
        return None

    def is_imported_module_name(self, name: str, scope: Scope) -> bool:
        """Whether every binding of `name` seen from `scope` is an import (`np`, `t2j`, `math`)."""
        s = scope
        while s is not None:
            bindings = s.bindings.get(name)
            if bindings:
                return all(isinstance(b.stmt, (ast.Import, ast.ImportFrom)) for b in bindings)
            s = s.parent
        return False

    def qualname(self, node: ast.AST, scope: Scope) -> str | None:
        """`torch.nn.functional.relu` for `F.relu` where F is torch.nn.functional, else None."""
        if isinstance(node, ast.Name):
            return self.lookup(node.id, scope)
        if isinstance(node, ast.Attribute):
            base = self.qualname(node.value, scope)
            return f"{base}.{node.attr}" if base else None
        if isinstance(node, ast.Call) and self.literal_getattr(node, scope):
            base = self.qualname(node.args[0], scope)
            return f"{base}.{node.args[1].value}" if base else None
        return None

    def is_builtin(self, name: str, scope: Scope) -> bool:
        """`name` is bound nowhere in the file's scopes seen from `scope`: it is Python's builtin."""
        s = scope
        while s is not None:
            if name in s.bindings:
                return False
            s = s.parent
        return True

    def literal_getattr(self, node: ast.Call, scope: Scope, func: str = "getattr") -> bool:
        """`getattr(x, "name")` / `getattr(x, "name", default)` (or `hasattr(x, "name")`) with the builtin."""
        return (isinstance(node.func, ast.Name) and node.func.id == func and not node.keywords
                and 2 <= len(node.args) <= (3 if func == "getattr" else 2)
                and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)
                and node.args[1].value.isidentifier() and self.is_builtin(func, scope))

"""Tensor method calls on receivers the converter cannot prove to be tensors.

`x.max(1)` where `x` is a function's parameter, an attribute or an unpacked value: a Var at run
time, or a user's object with its own `.max()` (Jittor's own converter breaks exactly there). The
call is left as written when the table would leave it so on a provable tensor (Jittor's method of
the same name, the same arguments); otherwise the receiver is wrapped, `t2j.maybe_tensor(x).max(1)`,
and the helper package does the table's rewrite at run time when x is a Var (jittor_compat/receivers.py).
"""
from __future__ import annotations

import ast
from functools import lru_cache

from .call_arguments import _unpacks
from .rules.tensor_data import VIEW_METHODS


@lru_cache(maxsize=1)
def runtime_methods() -> dict[str, str]:
    """The methods the helper package converts at run time (tools/var_methods.py ENTRIES) -> their
    rule ('' for a plain entry)."""
    from .tools.var_methods import entries

    return {name: spec[8] for name, spec in entries().items()}


def entry_name(entry) -> str:
    return entry.key.rpartition(".")[2]


# Names bound to what no tensor is: the receivers of user classes' own methods.
_NOT_TENSOR_NAMES = frozenset({"self", "cls"})
# Methods whose result is no Var: numpy arrays, Python numbers and lists, dict views.
_NOT_TENSOR_RESULTS = frozenset({"numpy", "tolist", "item", "keys", "items", "values", "astype"})


def not_tensor(types, node: ast.AST) -> bool:
    """A receiver that is certainly not a Var: a literal, `self`, a module, a name only ever bound
    to literals or user class instances, a user class instance made there."""
    if isinstance(node, (ast.Constant, ast.JoinedStr, ast.List, ast.Tuple, ast.Dict, ast.Set, ast.ListComp,
                         ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.Lambda)):
        return True
    if isinstance(node, ast.Name) and (node.id in _NOT_TENSOR_NAMES or node.id in types.non_tensors):
        return True
    if types.is_module(node):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and (func.id == "super" or (types.resolve(func) is None and func.id[:1].isupper())):
            return True
        if isinstance(func, ast.Attribute) and func.attr in _NOT_TENSOR_RESULTS:
            return True
    return False


def rewrites_untyped(entry, call: ast.Call) -> bool:
    """Whether the table's conversion of this call on a tensor differs from the call as written:
    another method or a helper, a rule's rewrite, or an argument renamed, moved, dropped, refused
    or forced (call_arguments.rewrite_call)."""
    name = entry_name(entry)
    rule = runtime_methods().get(name, "")
    if rule == "size":
        return False  # Var.size() and size(dim) answer as PyTorch's
    if rule == "device_move":
        return True
    if rule == "alpha" and any(k.arg == "alpha" for k in call.keywords):
        return True
    if entry.jittor_module or entry.jittor_name != name or entry.extras:
        return True
    pt, jt = entry.pytorch, entry.jittor
    if not pt.has_varkw and any(k.arg is not None and pt.get(k.arg) is None for k in call.keywords):
        # a keyword PyTorch's signature lacks (`sum(1, keepdims=True)`): not a call written for the
        # table (Jittor's own form, as a second conversion meets it, or a user object's method)
        return False
    changed = set(entry.delete) | set(entry.unsupported)
    if _unpacks(call):
        return bool(changed or entry.links) or any(p.posonly for p in jt.params)
    for i, arg in enumerate(call.args):
        if i >= len(pt.positional):
            if pt.varargs is None:
                return True
            continue
        param = pt.positional[i]
        jname = entry.links.get(param.name, param.name)
        if param.name in changed or (jt.get(jname) is None and not jt.has_varkw) or jt.index(jname) != i:
            return True
    for kw in call.keywords:
        param = pt.get(kw.arg)
        if param is None or param.name in changed or param.name in entry.links:
            return True
        jparam = jt.get(kw.arg)
        if (jparam is None and not jt.has_varkw) or (jparam is not None and jparam.posonly):
            return True
    return False


def writes_into_a_copy(name: str, receiver: ast.AST) -> bool:
    """An in-place method on `x[0]` or `x.t()`: a view of a tensor in PyTorch, a copy in Jittor."""
    return name.endswith("_") and (isinstance(receiver, ast.Subscript) or (
        isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Attribute)
        and receiver.func.attr in VIEW_METHODS))


def wrapped_already(receiver: ast.AST) -> bool:
    """`t2j.maybe_tensor(x)`: converted already (a second conversion)."""
    return (isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Attribute)
            and receiver.func.attr == "maybe_tensor")

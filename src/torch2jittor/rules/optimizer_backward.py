"""`loss.backward()` -> `optimizer.backward(loss)`; `clip_grad_norm_(model.parameters(), m)` ->
`t2j.clip_grad_norm_(optimizer, m)`.

Jittor has no `Var.backward()`: gradients are computed by the optimizer that owns the
parameters (`optimizer.backward(loss)` accumulates them, `optimizer.step()` applies them), and
they live in that optimizer, so gradient clipping needs it too. The optimizer is found in the
same function (or module body): the one expression whose `.step()` is called and that is also
`.zero_grad()`-ed, built from `torch.optim`, or named like an optimizer. With none or several,
the call is reported and left as written.
"""
from __future__ import annotations

import ast

from .. import diagnostics as D
from ..typeinfer import _walk_function_body
from . import register


def _receiver_text(node: ast.AST) -> str | None:
    """`opt`, `self.optimizer`: names and attribute chains only."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return ".".join([node.id] + parts[::-1])
    return None


def find_optimizer(fc, ctx) -> tuple[str | None, list[str]]:
    """(the optimizer's source text, the candidates considered) for the current function."""
    types = ctx.types
    if types is None:
        return None, []
    if types.optimizer_choice is not None:
        return types.optimizer_choice
    stepped, zeroed, built = [], set(), set()
    for node in _walk_function_body(types.func):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            text = _receiver_text(node.func.value)
            if text is None:
                continue
            if node.func.attr == "step" and text not in stepped:
                stepped.append(text)
            elif node.func.attr == "zero_grad":
                zeroed.add(text)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            q = fc.resolve(node.value.func) or ""
            if q.startswith("torch.optim.") and ".lr_scheduler." not in q:
                built.update(t for t in map(_receiver_text, node.targets) if t)
    candidates = [t for t in stepped if t in zeroed or t in built or "optim" in t.rsplit(".", 1)[-1].lower()]
    choice = (candidates[0] if len(candidates) == 1 else None, candidates or stepped)
    types.optimizer_choice = choice
    return choice


def _report(fc, node: ast.AST, api: str, what: str, candidates: list[str]) -> None:
    found = f"candidates: {', '.join(candidates)}" if candidates else "none found"
    fc.diag(D.UNSUPPORTED_API, node,
            f"{what} is not converted: Jittor computes gradients through the optimizer "
            f"(`optimizer.backward(loss)`), and this function has no single optimizer ({found}): "
            "left as written", api)
    fc.mark(node, api)


@register("backward_via_optimizer")
def backward_via_optimizer(fc, call: ast.Call, entry, ctx) -> None:
    api = "torch.Tensor.backward"
    extra = [k for k in call.keywords if k.arg not in ("retain_graph",)]
    if call.args or extra:
        fc.diag(D.UNSUPPORTED_API, call.func,
                f"{api} with gradient/create_graph/inputs arguments has no Jittor form: left as written", api)
        fc.mark(call.func, api)
        return False
    optimizer, candidates = find_optimizer(fc, ctx)
    if optimizer is None:
        _report(fc, call.func, api, "`.backward()`", candidates)
        return False
    receiver = fc.text(call.func.value)
    if not isinstance(call.func.value, (ast.Name, ast.Attribute, ast.Call, ast.Subscript)):
        receiver = f"({receiver})"
    keywords = "".join(f", {fc.text(k)}" for k in call.keywords)
    fc.edits.replace(fc.src.start(call), fc.src.end(call), f"{optimizer}.backward({receiver}{keywords})")


def backward_applies(fc, call: ast.Call, ctx) -> bool:
    return True  # any `.backward()` in a torch file: Jittor's Var has none


backward_via_optimizer.applies = backward_applies


@register("clip_grad_with_optimizer")
def clip_grad_with_optimizer(fc, call: ast.Call, entry, ctx) -> None:
    api = entry.key if entry.key.startswith("torch.") else "torch.nn.utils." + entry.key
    optimizer, candidates = find_optimizer(fc, ctx)
    first = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "parameters"), None)
    if optimizer is None or first is None:
        _report(fc, call.func, api, f"{api}()", candidates)
        return False
    fc.edits.replace(fc.src.start(call.func), fc.src.end(call.func), fc.jittor_expr(entry))
    fc.edits.replace(fc.src.start(first), fc.src.end(first), optimizer)
    if not call.args:  # parameters=... given by name
        kw = next(k for k in call.keywords if k.arg == "parameters")
        fc.edits.replace(fc.src.start(kw), fc.src.start(kw.value), "optimizer=")

"""`nn.AvgPool2d` / `F.avg_pool2d` with `count_include_pad=False`, `ceil_mode=True` or a
`divisor_override` -> the helper module's PyTorch-exact pooling.

Jittor's mean Pool divides every window by the full kernel area unless it takes its ceil_mode
path, and pads differently under ceil_mode (measured: timm's PoolFormer, `AvgPool2d(3, 1, 1,
count_include_pad=False)`, differed at the borders). With the defaults the seed's mapping
(`nn.Pool(..., op='mean')`) stays; otherwise the call keeps its arguments as written and goes to
`t2j.AvgPool2d` / `t2j.avg_pool2d`, which take PyTorch's signature.
"""
from __future__ import annotations

import ast

from . import register
from ..call_arguments import rewrite_call

# argument -> the value that lets Jittor's own pooling be used
_JITTOR_SAFE = {"count_include_pad": "True", "ceil_mode": "False", "divisor_override": "None"}


def _needs_exact(fc, call: ast.Call, entry) -> bool:
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return True  # *args/**kwargs: the values cannot be seen
    names = [p.name for p in entry.pytorch.params]
    given = {names[i]: a for i, a in enumerate(call.args) if i < len(names)}
    given.update({k.arg: k.value for k in call.keywords})
    for name, safe in _JITTOR_SAFE.items():
        value = given.get(name)
        if value is not None and fc.text(value).strip() != safe:
            return True
    return False


@register("avg_pool_exact")
def avg_pool_exact(fc, call: ast.Call, entry, ctx) -> None:
    if not _needs_exact(fc, call, entry):
        rewrite_call(fc, call, entry, fc.jittor_expr(entry))
        return
    fc.needed.add("t2j")
    helper = "AvgPool2d" if entry.key.endswith("AvgPool2d") else "avg_pool2d"
    fc.edits.replace(fc.src.start(call.func), fc.src.end(call.func), f"{fc.aliases.get('t2j', 't2j')}.{helper}")

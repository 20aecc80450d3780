"""PyTorch's `out=` argument: `torch.add(a, b, out=o)` -> `t2j.out_(o, jt.add(a, b))`.

Jittor's functions take no `out`. When an entry's PyTorch signature has it, the argument surgery
(call_arguments.drop_or_flag) takes it out of the call and notes the out tensor's text; once the
call is converted, this rule wraps it: the helper writes the result into the tensor (resized and
cast to its dtype, as PyTorch does) and returns it. An out tensor that is a slice (`out=y[0]`, a
view in PyTorch) stays reported.
"""
from __future__ import annotations

import ast

from . import register


@register(ast.Call)
def write_into_out(conv, call: ast.Call) -> None:
    fc = conv.fc
    target = fc.out_targets.pop(id(call), None)
    if target is None:
        return
    start, end = fc.src.start(call), fc.src.end(call)
    fc.edits.replace(start, end, f"{fc.helper('out_')}({target}, {fc.edits.render(start, end)})")

"""`x.view(torch.int32)` / `x.view(dtype=torch.int32)`: PyTorch reinterprets the bits as another
dtype (the last dimension scaled by the size ratio); Jittor's `view` only reshapes. Rewritten to
`t2j.tensor_view_dtype(x, jt.int32)`, computed in numpy (noted at the call)."""
from __future__ import annotations

import ast

from .. import diagnostics as D
from ..mappings.torch.dtypes import ENTRIES as DTYPE_ENTRIES
from . import METHOD_CALL_CHECK, register


@register(METHOD_CALL_CHECK)
def view_as_dtype(conv, call: ast.Call) -> bool:
    func = call.func
    if func.attr != "view" or conv.ctx.types is None:
        return True
    args = list(call.args) + [k.value for k in call.keywords if k.arg == "dtype"]
    if len(args) != 1 or len(call.args) + len(call.keywords) != 1 or conv.qualname(args[0]) not in DTYPE_ENTRIES:
        return True
    from ..untyped_receivers import not_tensor  # it imports the rules package

    if not_tensor(conv.ctx.types, func.value):
        return True
    fc = conv.fc
    t2j = fc.helper()
    fc.edits.replace(fc.src.start(call), fc.src.end(call),
                     f"{t2j}.tensor_view_dtype({fc.edits.render(fc.src.start(func.value), fc.src.end(func.value))}, "
                     f"{fc.edits.render(fc.src.start(args[0]), fc.src.end(args[0]))})")
    fc.diag(D.NOTE, func, "torch.Tensor.view(dtype): computed in numpy: no gradient, no GPU", "torch.Tensor.view")
    fc.converted.append((call.lineno, fc.src.char_col(call.lineno, call.col_offset), "torch.Tensor.view",
                         "jittor_compat.tensor_view_dtype"))
    return False

"""`nn.Conv2d(..., padding_mode='reflect')`: Jittor's nn.Conv, the tutorial's target for nn.Conv2d,
pads with zeros only.

With no padding_mode, or PyTorch's default `'zeros'` written out, the entry's nn.Conv stays; any other
value (a literal or a variable: RepVGG passes one through) makes the call the helper module's
`t2j.Conv2d`, an nn.Conv that pads the input first in that mode, as PyTorch does. So does a string
padding (`padding='same'`, `'valid'`), which Jittor's nn.Conv cannot take.
"""
from __future__ import annotations

import ast

from ..call_arguments import rewrite_call
from ..mapping import make_entry
from ..mappings.nn.conv import CONV_ARGS
from ..mappings.schema import layer
from . import register

_PADDING_MODE = make_entry("torch.nn.Conv2d", layer(CONV_ARGS, "Conv2d"))


@register("conv_padding_mode")
def conv_padding_mode(fc, call: ast.Call, entry, ctx):
    mode = _argument(call, entry, "padding_mode")
    padding = _argument(call, entry, "padding")
    if isinstance(padding, ast.Constant) and isinstance(padding.value, str):
        rewrite_call(fc, call, _PADDING_MODE, fc.jittor_expr(_PADDING_MODE))
    elif mode is None or (isinstance(mode, ast.Constant) and mode.value == "zeros"):
        rewrite_call(fc, call, entry, fc.jittor_expr(entry))
    else:
        rewrite_call(fc, call, _PADDING_MODE, fc.jittor_expr(_PADDING_MODE))
    return None


def _argument(call: ast.Call, entry, name: str):
    """The node passed as PyTorch's argument `name`, by keyword or by position; None if absent."""
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    index = entry.pytorch.index(name)
    positional = [a for a in call.args if not isinstance(a, ast.Starred)]
    if 0 <= index < len(positional) and len(positional) == len(call.args):
        return call.args[index]
    return None

"""nn.Module methods whose Jittor namesakes differ: `self.register_buffer(name, tensor, persistent)`
-> `t2j.register_module_buffer(self, ...)` on provable modules (a `self` that registers buffers is one).

Jittor's register_buffer fails on `None` (a buffer filled later, swin's attn_mask) and leaves the
buffer trainable: Jittor's optimizers would update and weight-decay it.
"""
from __future__ import annotations

import ast

from . import register
from .gradients import as_function_call


@register("module_method")
def module_method(fc, call: ast.Call, entry, ctx):
    return None if as_function_call(fc, call, entry.jittor_name, entry.key) else False


def _applies(fc, call: ast.Call, ctx) -> bool:
    return ctx.types is not None and ctx.types.is_module(call.func.value)


module_method.applies = _applies

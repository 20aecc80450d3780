"""`x.T`, `x.mT`, `x.device`: Jittor's Var has none of these attributes.

`x.T` reverses all dimensions (PyTorch's meaning for any rank), which is Jittor's
`x.transpose()` with no arguments; `x.mT` swaps the last two, `x.transpose(-2, -1)`. `x.H` and
`x.mH` are the same on real tensors (Jittor has no complex dtypes). Applied to provable tensors
and parameter-named attributes (`self.weight.T`) only: `frame.T` on a user object stays.
`x.device` is the helper module's description of where Jittor computes (`t2j.device_of(x)`;
`x.is_cuda`, `x.is_cpu` read it; Jittor has no XPU or MPS):
code passes it on to factory functions (`torch.arange(n, device=x.device)`) or compares its type.
"""
from __future__ import annotations

import ast

from .. import diagnostics as D
from ..mappings import UNSUPPORTED_REASONS, tensor_api
from ..mappings.tensor import ATTRIBUTES
from . import register
from .tensor_data import holds_tensor

TRANSPOSE_ATTRIBUTES = {"T": "transpose()", "H": "transpose()", "mT": "transpose(-2, -1)", "mH": "transpose(-2, -1)"}


@register(ast.Attribute)
def transpose_attribute(conv, node: ast.Attribute) -> None:
    if node.attr not in TRANSPOSE_ATTRIBUTES or not conv.uses_torch:
        return
    if isinstance(node.ctx, ast.Load) and holds_tensor(conv.ctx, node.value):
        end = conv.fc.src.end(node)
        conv.fc.edits.replace(end - len(node.attr.encode("utf-8")), end, TRANSPOSE_ATTRIBUTES[node.attr])


# Where a tensor lives, read off Jittor's one placement flag (dcgan: `if input.is_cuda and ngpu > 1`).
PLACEMENT_ATTRIBUTES = {
    "device": "{t2j}.device_of({x})",
    "is_cuda": "({t2j}.device_of({x}).type == 'cuda')",
    "is_cpu": "({t2j}.device_of({x}).type == 'cpu')",
    "is_xpu": "False",
    "is_mps": "False",
}


@register(ast.Attribute)
def device_attribute(conv, node: ast.Attribute) -> None:
    if node.attr not in PLACEMENT_ATTRIBUTES or not conv.uses_torch or not isinstance(node.ctx, ast.Load):
        return
    if holds_tensor(conv.ctx, node.value):
        fc = conv.fc
        new = PLACEMENT_ATTRIBUTES[node.attr].format(t2j=fc.helper(), x=fc.text(node.value))
        fc.edits.replace(fc.src.start(node), fc.src.end(node), new)
        fc.converted.append((node.lineno, fc.src.char_col(node.lineno, node.col_offset), f"torch.Tensor.{node.attr}",
                             PLACEMENT_ATTRIBUTES[node.attr].format(t2j="jittor_compat", x="x")))


# Properties handled above or by rules of their own (tensor_data.py: data; gradients.py: grad).
_RULED_ATTRIBUTES = frozenset(TRANSPOSE_ATTRIBUTES) | frozenset(PLACEMENT_ATTRIBUTES) | {"data", "grad"}


@register(ast.Attribute)
def untyped_requires_grad(conv, node: ast.Attribute) -> None:
    """`p.requires_grad` read where p may be a tensor (a function's result, a lambda's parameter):
    PyTorch's answer for a Var (Jittor's Var says True for what PyTorch made without gradients),
    the object's own attribute otherwise (t2j.tensor_requires_grad)."""
    from ..untyped_receivers import not_tensor  # it imports the rules package

    types = conv.ctx.types
    if (node.attr != "requires_grad" or not isinstance(node.ctx, ast.Load) or not conv.uses_torch or types is None
            or types.is_tensor(node.value) or not_tensor(types, node.value) or types.is_module(node.value)):
        return
    fc = conv.fc
    fc.edits.replace(fc.src.start(node), fc.src.end(node),
                     f"{fc.helper('tensor_requires_grad')}({fc.text(node.value)})")


# Private torch.Tensor attributes of its views that code reads (`v._base is x`, `x._version`): not in
# the public API list, but a provable tensor asked for one must not fail at run time with nothing said
VIEW_INTERNALS = frozenset({"_base", "_is_view", "_version", "_view_func"})


@register(ast.Attribute)
def other_tensor_property(conv, node: ast.Attribute) -> None:
    """Every other torch.Tensor property on a provable tensor: kept, rewritten (mappings/tensor.py
    ATTRIBUTES), or reported."""
    name = node.attr
    if name in VIEW_INTERNALS and conv.uses_torch and conv.ctx.types is not None and conv.ctx.types.is_tensor(node.value):
        api = "torch.Tensor." + name
        conv.fc.diag(D.UNSUPPORTED_API, node, f"{api} is not supported (PyTorch's view bookkeeping: Jittor has no "
                     "views, its Var no such attribute): left as written", api)
        conv.fc.mark(node, api)
        return
    if (name not in tensor_api.PROPERTIES or name in _RULED_ATTRIBUTES or not conv.uses_torch
            or conv.ctx.types is None or not conv.ctx.types.is_tensor(node.value)):
        return
    api = "torch.Tensor." + name
    fc = conv.fc
    if name == "requires_grad" and isinstance(node.ctx, ast.Store):
        return  # `x.requires_grad = flag`: rules/gradients.py rewrites the assignment
    if api in ATTRIBUTES:
        template = ATTRIBUTES[api]
        if template is None:
            return  # Jittor's Var has it, with the same meaning
        if isinstance(node.ctx, ast.Load):
            t2j = fc.helper() if "{t2j}" in template else ""
            fc.edits.replace(fc.src.start(node), fc.src.end(node), template.format(t2j=t2j, x=fc.text(node.value)))
            fc.converted.append((node.lineno, fc.src.char_col(node.lineno, node.col_offset), api,
                                 template.format(t2j="jittor_compat", x="x")))
            return
    reason = UNSUPPORTED_REASONS.get(api, "Jittor's Var has no such attribute")
    fc.diag(D.UNSUPPORTED_API, node, f"{api} is not supported ({reason}): left as written", api)
    fc.mark(node, api)

"""Rewrite rules for what the mapping data cannot say: one feature per module, each registering
its hooks here when imported. The engine only loops over `REGISTRY`; it calls no rule by name.

Node hooks, ``@register(ast.Attribute)``: ``hook(conv, node)`` runs after the node's children
were converted (post-order, so ``conv.fc.text(node)`` shows their rewrites). With
``before=True`` it runs before them, to tell a child something (the `.data` of `p.data += v`
is to be dropped). A Name or Attribute that names a torch API is converted from the mapping
table: its after-hooks do not run. ``conv`` is the engine's Converter: ``conv.fc`` (the file's
source, edits and diagnostics), ``conv.ctx`` (scope and types), ``conv.uses_torch``,
``conv.qualname(node)`` and ``conv.state(cls)`` (one ``cls(conv)`` per file, for what a rule's
hooks tell each other).

Method-call hooks, for `x.m(...)` on a receiver the engine cannot resolve:
``@register(TENSOR_RECEIVER)``: ``hook(conv, call) -> bool``, True when the rule knows the
receiver holds a tensor (its method is then converted from the table);
``@register(METHOD_CALL_CHECK)``: ``hook(conv, call) -> bool``, False leaves the call as
written (the hook reported why).

``@register(RECEIVER_MAY_BE_MODULE)``: ``hook(conv, receiver, method) -> bool``, True when a tensor
method's receiver that the engine cannot type may be a module as well (`model.backbone.float()`):
the call then goes through the helper package, which decides at run time.

``@register(CALL_OVERRIDE)``: ``hook(conv, call) -> bool``, asked first for every call, before its
arguments are converted; True when the rule converted the whole call itself.

Entry rules, ``@register("size_to_shape")``: a mapping entry names its rule with
``'rule': 'size_to_shape'``. A rule is ``rule(fc, call, entry, ctx)`` and returns False when it
reported the call instead of converting it, ``DEFAULT_CONVERSION`` to have the engine convert it as
it converts an entry without a rule; it may carry ``rule.applies(fc, call, ctx) -> bool``
to decide for itself which method-call receivers it accepts (otherwise only provable tensors).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable


class HookPoint:
    """A place in the engine's handling of a method call where rules are asked."""

    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return f"HookPoint({self.name!r})"


TENSOR_RECEIVER = HookPoint("tensor_receiver")
METHOD_CALL_CHECK = HookPoint("method_call_check")
CALL_OVERRIDE = HookPoint("call_override")
RECEIVER_MAY_BE_MODULE = HookPoint("receiver_may_be_module")
# what an entry rule returns to have the call converted as the entry says, without a rule
DEFAULT_CONVERSION = object()


@dataclass
class Registry:
    entry_rules: dict[str, Callable] = field(default_factory=dict)
    before: dict[type, list[Callable]] = field(default_factory=dict)
    after: dict[type, list[Callable]] = field(default_factory=dict)
    points: dict[HookPoint, list[Callable]] = field(default_factory=dict)

    def hooks(self, point: HookPoint) -> list[Callable]:
        return self.points.get(point, [])


REGISTRY = Registry()


def register(*kinds, before: bool = False):
    """Register the decorated function for each of `kinds`: ast node classes, hook points, or
    one entry-rule name."""

    def deco(fn):
        for kind in kinds:
            if isinstance(kind, str):
                REGISTRY.entry_rules[kind] = fn
            elif isinstance(kind, HookPoint):
                REGISTRY.points.setdefault(kind, []).append(fn)
            else:
                hooks = REGISTRY.before if before else REGISTRY.after
                hooks.setdefault(kind, []).append(fn)
        return fn

    return deco


# Importing the modules registers their hooks (hooks for one node kind run in this order).
from . import (  # noqa: E402
    alpha_argument,
    attribute_probes,
    complex_values,
    conv_padding_mode,
    device_move,
    dtype_values,
    exception_types,
    forward_to_execute,
    gradients,
    index_forms,
    indexed_assignment,
    inplace_activations,
    module_iterators,
    module_methods,
    out_argument,
    permute_dims,
    tensor_attributes,
    tensor_constructors,
    tensor_data,
    tensor_operators,
    tensor_size,
    tensor_view_dtype,
    view_aliases,
)

__all__ = [
    "CALL_OVERRIDE", "HookPoint", "METHOD_CALL_CHECK", "RECEIVER_MAY_BE_MODULE", "REGISTRY", "Registry",
    "TENSOR_RECEIVER", "register",
    "alpha_argument", "attribute_probes", "conv_padding_mode", "device_move", "exception_types", "forward_to_execute",
    "gradients", "index_forms", "indexed_assignment", "inplace_activations", "module_iterators", "module_methods", "out_argument",
    "tensor_attributes", "tensor_constructors", "tensor_data", "tensor_operators", "tensor_size",
]

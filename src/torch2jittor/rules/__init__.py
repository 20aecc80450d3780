"""Hand-written rewrite rules for what the mapping data cannot say; one feature per module.

A mapping entry names its rule with ``'rule': '<name>'``. A rule is ``rule(fc, call, entry, ctx)``;
it may carry ``rule.applies(fc, call, ctx) -> bool`` to decide for itself which receivers it accepts
(otherwise a method rule applies only to provable tensors).
"""
from __future__ import annotations

RULES: dict = {}


def register(name: str):
    def deco(fn):
        RULES[name] = fn
        return fn

    return deco


# Importing the modules registers their rules.
from . import avg_pool_exact, device_move, optimizer_backward, tensor_size  # noqa: E402,F401

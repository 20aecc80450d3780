"""PyTorch tensor methods Jittor's Var lacks, installed on Var for receivers the converter could not
prove to be tensors (a function's parameter fed from another file: `data.narrow(0, 0, n)`).

The converter rewrites methods on provable tensors itself; this covers the rest. Only names Var
does not have are added (Jittor's own methods are never replaced), each doing what the converted
call does: the helper package's function, or the Var method PyTorch's name maps to with its
keywords renamed (_var_method_table.py, generated from the mapping table).
"""
from __future__ import annotations

import sys

import jittor as jt

from ._var_method_table import TABLE


def _helper_method(package, target):
    def method(self, *args, **kwargs):
        return getattr(package, target)(self, *args, **kwargs)

    return method


def _renamed_method(target, links):
    def method(self, *args, **kwargs):
        return getattr(self, target)(*args, **{links.get(k, k): v for k, v in kwargs.items()})

    return method


def _assign_keeping_gradients(own):
    """Jittor's assign takes the source's stop-grad flag: under `no_grad` (PyTorch code's
    `with torch.no_grad(): m.bias.zero_()`, `p.fill_(0)`, init functions) a trained parameter
    would silently stop getting gradients. PyTorch's in-place ops keep requires_grad."""
    def assign(self, value):
        trained = not self.is_stop_grad()
        out = own(self, value)
        if trained and self.is_stop_grad():
            self.start_grad()
        return out

    assign.__wrapped__ = own
    assign.__name__ = "assign"
    return assign


# Var's own methods replaced, each wrapping Jittor's and named here (tests check no other is).
WRAPPED = ("assign",)


def install() -> None:
    package = sys.modules[__name__.rsplit(".", 1)[0]]
    if not hasattr(jt.Var.assign, "__wrapped__"):
        jt.Var.assign = _assign_keeping_gradients(jt.Var.assign)
    for name, (kind, target, links) in TABLE.items():
        if hasattr(jt.Var, name):
            continue
        method = _helper_method(package, target) if kind == "helper" else _renamed_method(target, links)
        method.__name__ = name
        setattr(jt.Var, name, method)

"""torch.X_ in-place functions (`torch.relu_(x)`, `torch.clamp_(x, 0, 1)`): torch.X computed by its
helper, the result written into the input and the input returned (t2j.inplace_apply; the input keeps
its shape and dtype, as in PyTorch). Derived from the torch.X entries of the other topic files."""
from __future__ import annotations

import copy

from ..schema import parse_signature
from . import blas, core, indexing, nn_functions, pointwise

_NAMES = (
    "abs acos acosh addmv arccos arccosh arcsin arcsinh arctan arctanh asin asinh atan atanh ceil celu clamp clamp_max "
    "clamp_min clip cos cosh deg2rad dropout alpha_dropout feature_alpha_dropout feature_dropout erf erfc exp2 exp expm1 fill fix floor frac gcd i0 index_put lcm ldexp "
    "log10 log1p log2 log logit nan_to_num neg negative rad2deg reciprocal round rrelu rsqrt selu sigmoid sin sinc "
    "sinh sqrt square tan tanh threshold trunc xlogy"
)
_BASES = {**blas.ENTRIES, **core.ENTRIES, **indexing.ENTRIES, **nn_functions.ENTRIES, **pointwise.ENTRIES}


def _in_place(base: dict) -> dict:
    raw = copy.deepcopy(base)
    signature = parse_signature(raw["pytorch"]["args"])
    raw["pytorch"]["args"] = signature.without({"out"}, keyword_only=True)
    for field in ("delete", "unsupported"):
        if field in raw:
            raw[field] = [n for n in raw[field] if n != "out"]
    raw["jittor"]["args"] = raw["jittor"]["args"] + (", " if "*" in raw["jittor"]["args"] else ", *, ") + "op"
    raw["extras"]["op"] = repr(base["jittor"]["name"])
    raw["jittor"]["name"] = "inplace_apply"
    return raw


ENTRIES = {f"torch.{name}_": _in_place(_BASES[f"torch.{name}"]) for name in _NAMES.split()}
# helpers of their own
ENTRIES["torch.relu_"] = _in_place(
    {"pytorch": {"args": "input"}, "jittor": {"module": "t2j", "name": "tensor_relu", "args": "x"},
     "links": {"input": "x"}, "extras": {}, "delete": []})
ENTRIES["torch.detach_"] = {"pytorch": {"args": "input"}, "jittor": {"module": "t2j", "name": "tensor_detach_",
                                                                     "args": "x"},
                            "links": {"input": "x"}, "extras": {}, "delete": []}

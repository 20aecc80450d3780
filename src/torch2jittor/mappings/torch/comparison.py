"""torch.* comparisons, sorting and top-k ("Comparison Ops")."""
from ..schema import function

_BINARY = "input, other, *, out=None"

ENTRIES = {
    "torch.isclose": function("input, other, rtol=1e-05, atol=1e-08, equal_nan=False", "t2j", "isclose"),
    "torch.allclose": function("input, other, rtol=1e-05, atol=1e-08, equal_nan=False", "t2j", "allclose"),
    "torch.equal": function("input, other", "t2j", "equal"),
    "torch.isnan": function("input", "t2j", "isnan"),
    "torch.isinf": function("input", "t2j", "isinf"),
    "torch.isfinite": function("input", "t2j", "isfinite"),
    "torch.isposinf": function("input, *, out=None", "t2j", "isposinf"),
    "torch.isneginf": function("input, *, out=None", "t2j", "isneginf"),
    **{f"torch.{name}": function(_BINARY, "t2j", name) for name in (
        "eq ne not_equal gt greater lt less ge greater_equal le less_equal maximum minimum fmax fmin"
    ).split()},
    "torch.topk": function("input, k, dim=None, largest=True, sorted=True, *, out=None", "t2j", "topk"),
    "torch.sort": function("input, dim=-1, descending=False, *, stable=False, out=None", "t2j", "sort"),
    "torch.argsort": function("input, dim=-1, descending=False, *, stable=False", "t2j", "argsort"),
    "torch.msort": function("input, *, out=None", "t2j", "msort"),
}

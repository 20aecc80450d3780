"""torch.* reductions ("Reduction Ops"): the dim forms of max/min return (values, int64 indices).

Helpers whose torch name is a Python builtin are named with a trailing underscore (`sum_`,
`max_`, `min_`, `all_`, `any_`).
"""
from ..schema import function

_REDUCE = "input, dim=None, keepdim=False, *, dtype=None, out=None"
_VAR = "input, dim=None, unbiased=True, keepdim=False, *, correction=None, out=None"
# var/std: the legacy `unbiased` and the newer `correction` (default 1, as unbiased=True).
_JT_VAR = "input, dim=None, unbiased=None, keepdim=False, correction=None"

ENTRIES = {
    "torch.sum": function(_REDUCE, "t2j", "sum_"),
    "torch.mean": function(_REDUCE, "t2j", "mean"),
    "torch.prod": function(_REDUCE, "t2j", "prod"),
    "torch.var": function(_VAR, "t2j", "var", _JT_VAR),
    "torch.std": function(_VAR, "t2j", "std", _JT_VAR),
    "torch.var_mean": function(_VAR, "t2j", "var_mean", _JT_VAR),
    "torch.std_mean": function(_VAR, "t2j", "std_mean", _JT_VAR),
    # torch.max(x, other=y): the elementwise overload by name
    "torch.max": function("input, dim=None, keepdim=False, *, other=None, out=None", "t2j", "max_"),
    "torch.min": function("input, dim=None, keepdim=False, *, other=None, out=None", "t2j", "min_"),
    "torch.amax": function("input, dim=(), keepdim=False, *, out=None", "t2j", "amax"),
    "torch.amin": function("input, dim=(), keepdim=False, *, out=None", "t2j", "amin"),
    "torch.aminmax": function("input, *, dim=None, keepdim=False, out=None", "t2j", "aminmax"),
    # jt.argmax returns (indices, values) with int32 indices.
    "torch.argmax": function("input, dim=None, keepdim=False", "t2j", "argmax"),
    "torch.argmin": function("input, dim=None, keepdim=False", "t2j", "argmin"),
    "torch.all": function("input, dim=None, keepdim=False, *, out=None", "t2j", "all_"),
    "torch.any": function("input, dim=None, keepdim=False, *, out=None", "t2j", "any_"),
    "torch.logsumexp": function("input, dim, keepdim=False, *, out=None", "t2j", "logsumexp"),
    "torch.norm": function("input, p='fro', dim=None, keepdim=False, out=None, dtype=None", "t2j", "norm"),
    # deprecated spellings of linalg.matrix_norm(A, 'nuc', dim) and linalg.vector_norm(A, 2, dim); nuclear_norm's
    # other overload takes keepdim second: nuclear_norm(input, keepdim)
    # bins defaults to 100 (the documented signature has none; the C++ one does)
    "torch.histogram": function("input, bins=100, *, range=None, weight=None, density=False, out=None", "t2j",
                                "histogram", note="computed in numpy: no gradient, no GPU"),
    "torch.histogramdd": function("input, bins, *, range=None, weight=None, density=False, out=None", "t2j",
                                  "histogramdd", note="computed in numpy: no gradient, no GPU"),
    "torch.nuclear_norm": function("input, dim=None, keepdim=False, *, out=None", "t2j", "nuclear_norm"),
    "torch.frobenius_norm": function("input, dim, keepdim=False, *, out=None", "t2j", "frobenius_norm"),
    "torch.count_nonzero": function("input, dim=None", "t2j", "count_nonzero"),
    "torch.dist": function("input, other, p=2", "t2j", "dist"),
    "torch.nansum": function("input, dim=None, keepdim=False, *, dtype=None", "t2j", "tensor_nansum",
                             "x, dim=None, keepdim=False, *, dtype=None", links={"input": "x"}),
    "torch.nanmean": function("input, dim=None, keepdim=False, *, dtype=None, out=None", "t2j", "tensor_nanmean",
                              "x, dim=None, keepdim=False, *, dtype=None", links={"input": "x"}),
    # The picked element's index is found in numpy (ties and NaNs as PyTorch picks them); the values
    # are gathered from the input and keep their gradient.
    "torch.median": function("input, dim=None, keepdim=False, *, out=None", "t2j", "median"),
    "torch.nanmedian": function("input, dim=None, keepdim=False, *, out=None", "t2j", "nanmedian"),
    "torch.mode": function("input, dim=-1, keepdim=False, *, out=None", "t2j", "mode"),
    "torch.kthvalue": function("input, k, dim=-1, keepdim=False, *, out=None", "t2j", "kthvalue"),
    "torch.quantile": function("input, q, dim=None, keepdim=False, *, interpolation='linear', out=None", "t2j",
                               "quantile", note="computed in numpy: no gradient, no GPU"),
    "torch.nanquantile": function("input, q, dim=None, keepdim=False, *, interpolation='linear', out=None", "t2j",
                                  "nanquantile", note="computed in numpy: no gradient, no GPU"),
    "torch.bincount": function("input, weights=None, minlength=0", "t2j", "bincount", note="computed in numpy: no gradient, no GPU"),
    "torch.histc": function("input, bins=100, min=0, max=0, *, out=None", "t2j", "histc", note="computed in numpy: no gradient, no GPU"),
    "torch.cov": function("input, *, correction=1, fweights=None, aweights=None", "t2j", "cov"),
    "torch.corrcoef": function("input", "t2j", "corrcoef"),
}

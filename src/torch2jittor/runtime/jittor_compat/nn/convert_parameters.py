"""torch.nn.utils.parameters_to_vector / vector_to_parameters (torch/nn/utils/convert_parameters.py)."""
from __future__ import annotations

import jittor as jt


def parameters_to_vector(parameters):
    """Every parameter flattened and concatenated, in iteration order."""
    params = [parameters] if isinstance(parameters, jt.Var) else list(parameters)
    return jt.concat([p.reshape(-1) for p in params])


def vector_to_parameters(vec, parameters):
    """Copy consecutive slices of `vec` into the parameters (in place, as PyTorch's `param.data = ...`)."""
    if not isinstance(vec, jt.Var):
        raise TypeError(f"expected a Var, but got: {type(vec).__name__}")
    params = [parameters] if isinstance(parameters, jt.Var) else list(parameters)
    offset = 0
    for p in params:
        n = p.numel()
        p.assign(vec[offset:offset + n].reshape(p.shape).detach())
        offset += n

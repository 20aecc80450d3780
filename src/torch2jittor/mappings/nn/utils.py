"""torch.nn.utils (gradient clipping, parameters as one vector, packed sequences) and torch.nn.modules.utils (the
_single/_pair/... argument normalisers layer code imports)."""
from ..schema import entry, helper

_PACKED = ("packed sequences have no Jittor equivalent: pass the padded batch (and its lengths or a mask) "
           "to the recurrent layer instead")

ENTRIES = {
    # the helper clips the gradients it keeps per parameter (runtime/jittor_compat/optim.py)
    "torch.nn.utils.clip_grad_norm_": helper(
        "parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None", "clip_grad_norm_"),
    "torch.nn.utils.clip_grad_value_": helper("parameters, clip_value, foreach=None", "clip_grad_value_"),
    "torch.nn.utils.parameters_to_vector": helper("parameters", "parameters_to_vector"),
    "torch.nn.utils.vector_to_parameters": helper("vec, parameters", "vector_to_parameters"),
    "torch.nn.modules.utils._single": helper("x", "single"),
    "torch.nn.modules.utils._pair": helper("x", "pair"),
    "torch.nn.modules.utils._triple": helper("x", "triple"),
    "torch.nn.modules.utils._quadruple": helper("x", "quadruple"),
}

ALIASES = {
    "torch.nn.utils.clip_grad.clip_grad_norm_": "torch.nn.utils.clip_grad_norm_",
    "torch.nn.utils.clip_grad.clip_grad_value_": "torch.nn.utils.clip_grad_value_",
    "torch.nn.utils.convert_parameters.parameters_to_vector": "torch.nn.utils.parameters_to_vector",
    "torch.nn.utils.convert_parameters.vector_to_parameters": "torch.nn.utils.vector_to_parameters",
}

UNSUPPORTED = {
    f"torch.nn.utils.rnn.{name}": _PACKED
    for name in ("PackedSequence", "pack_padded_sequence", "pad_packed_sequence", "pack_sequence", "unpack_sequence")
}

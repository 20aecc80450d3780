"""torch.nn.utils (gradient clipping, parameters as one vector, packed sequences) and torch.nn.modules.utils (the
_single/_pair/... argument normalisers layer code imports)."""
from ..schema import entry, helper

ENTRIES = {
    # the helper clips the gradients it keeps per parameter (runtime/jittor_compat/optim.py)
    "torch.nn.utils.clip_grad_norm_": helper(
        "parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None", "clip_grad_norm_"),
    "torch.nn.utils.clip_grad_value_": helper("parameters, clip_value, foreach=None", "clip_grad_value_"),
    "torch.nn.utils.parameters_to_vector": helper("parameters", "parameters_to_vector"),
    "torch.nn.utils.vector_to_parameters": helper("vec, parameters", "vector_to_parameters"),
    # packed sequences (runtime/jittor_compat/nn/packed.py): PyTorch's layout; the recurrent layers take them
    "torch.nn.utils.rnn.PackedSequence": helper(
        "data, batch_sizes=None, sorted_indices=None, unsorted_indices=None", "PackedSequence"),
    "torch.nn.utils.rnn.pack_padded_sequence": helper("input, lengths, batch_first=False, enforce_sorted=True",
                                                      "pack_padded_sequence"),
    "torch.nn.utils.rnn.pad_packed_sequence": helper(
        "sequence, batch_first=False, padding_value=0.0, total_length=None", "pad_packed_sequence"),
    "torch.nn.utils.rnn.pad_sequence": helper("sequences, batch_first=False, padding_value=0.0, padding_side='right'",
                                              "pad_sequence"),
    "torch.nn.utils.rnn.unpad_sequence": helper("padded_sequences, lengths, batch_first=False", "unpad_sequence"),
    "torch.nn.utils.rnn.pack_sequence": helper("sequences, enforce_sorted=True", "pack_sequence"),
    "torch.nn.utils.rnn.unpack_sequence": helper("packed_sequences", "unpack_sequence"),
    "torch.nn.utils.rnn.invert_permutation": helper("permutation", "invert_permutation"),
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

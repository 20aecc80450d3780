"""torch.nn.utils (gradient clipping, parameters as one vector, packed sequences, weight and spectral norm, fusion) and torch.nn.modules.utils (the
_single/_pair/... argument normalisers layer code imports)."""
from ..schema import entry, helper

ENTRIES = {
    # the helper clips the gradients it keeps per parameter (runtime/jittor_compat/optim.py)
    "torch.nn.utils.clip_grad_norm_": helper(
        "parameters, max_norm, norm_type=2.0, error_if_nonfinite=False, foreach=None", "clip_grad_norm_"),
    "torch.nn.utils.clip_grad_value_": helper("parameters, clip_value, foreach=None", "clip_grad_value_"),
    "torch.nn.utils.get_total_norm": helper("tensors, norm_type=2.0, error_if_nonfinite=False, foreach=None",
                                            "get_total_norm"),
    "torch.nn.utils.clip_grads_with_norm_": helper("parameters, max_norm, total_norm, foreach=None",
                                                   "clip_grads_with_norm_"),
    # a weight recomputed from other parameters at each forward, PyTorch's parameter and buffer names
    # (runtime/jittor_compat/nn/reparametrize.py)
    "torch.nn.utils.weight_norm": helper("module, name='weight', dim=0", "weight_norm"),
    "torch.nn.utils.remove_weight_norm": helper("module, name='weight'", "remove_weight_norm"),
    "torch.nn.utils.spectral_norm": helper("module, name='weight', n_power_iterations=1, eps=1e-12, dim=None",
                                           "spectral_norm"),
    "torch.nn.utils.remove_spectral_norm": helper("module, name='weight'", "remove_spectral_norm"),
    "torch.nn.utils.parametrizations.weight_norm": helper("module, name='weight', dim=0",
                                                          "parametrizations_weight_norm"),
    "torch.nn.utils.parametrize.remove_parametrizations": helper("module, tensor_name, leave_parametrized=True",
                                                                 "remove_parametrizations"),
    "torch.nn.utils.fuse_conv_bn_eval": helper("conv, bn, transpose=False", "fuse_conv_bn_eval"),
    "torch.nn.utils.fuse_conv_bn_weights": helper(
        "conv_w, conv_b, bn_rm, bn_rv, bn_eps, bn_w, bn_b, transpose=False", "fuse_conv_bn_weights"),
    "torch.nn.utils.fuse_linear_bn_eval": helper("linear, bn", "fuse_linear_bn_eval"),
    "torch.nn.utils.fuse_linear_bn_weights": helper("linear_w, linear_b, bn_rm, bn_rv, bn_eps, bn_w, bn_b",
                                                    "fuse_linear_bn_weights"),
    # PyTorch leaves the parameters uninitialized: any values are PyTorch's, so the layer's own init is kept
    "torch.nn.utils.skip_init": helper("module_cls, *args, **kwargs", "skip_init"),
    # Jittor keeps one memory layout: the module is returned unchanged
    "torch.nn.utils.convert_conv2d_weight_memory_format": helper("module, memory_format",
                                                                 "convert_conv2d_weight_memory_format"),
    "torch.nn.utils.convert_conv3d_weight_memory_format": helper("module, memory_format",
                                                                 "convert_conv3d_weight_memory_format"),
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
    "torch.nn.utils.clip_grad_norm": "torch.nn.utils.clip_grad_norm_",  # PyTorch's deprecated spelling
    "torch.nn.utils.clip_grad.clip_grad_norm": "torch.nn.utils.clip_grad_norm_",
    "torch.nn.utils.clip_grad.get_total_norm": "torch.nn.utils.get_total_norm",
    "torch.nn.utils.clip_grad.clip_grads_with_norm_": "torch.nn.utils.clip_grads_with_norm_",
    "torch.nn.utils.weight_norm.weight_norm": "torch.nn.utils.weight_norm",
    "torch.nn.utils.weight_norm.remove_weight_norm": "torch.nn.utils.remove_weight_norm",
    "torch.nn.utils.spectral_norm.spectral_norm": "torch.nn.utils.spectral_norm",
    "torch.nn.utils.spectral_norm.remove_spectral_norm": "torch.nn.utils.remove_spectral_norm",
    "torch.nn.utils.fusion.fuse_conv_bn_eval": "torch.nn.utils.fuse_conv_bn_eval",
    "torch.nn.utils.fusion.fuse_conv_bn_weights": "torch.nn.utils.fuse_conv_bn_weights",
    "torch.nn.utils.fusion.fuse_linear_bn_eval": "torch.nn.utils.fuse_linear_bn_eval",
    "torch.nn.utils.fusion.fuse_linear_bn_weights": "torch.nn.utils.fuse_linear_bn_weights",
    "torch.nn.utils.init.skip_init": "torch.nn.utils.skip_init",
    "torch.nn.utils.clip_grad.clip_grad_norm_": "torch.nn.utils.clip_grad_norm_",
    "torch.nn.utils.clip_grad.clip_grad_value_": "torch.nn.utils.clip_grad_value_",
    "torch.nn.utils.convert_parameters.parameters_to_vector": "torch.nn.utils.parameters_to_vector",
    "torch.nn.utils.convert_parameters.vector_to_parameters": "torch.nn.utils.vector_to_parameters",
}

UNSUPPORTED = {
    "torch.nn.utils.parametrizations.spectral_norm": (
        "its power-iteration vectors are buffers named _u and _v, which Jittor's state_dict leaves out (names "
        "starting with '_'): use torch.nn.utils.spectral_norm"),
}

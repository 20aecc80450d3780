"""torch.nn.utils.fusion (torch/nn/utils/fusion.py): a convolution or linear layer with the BatchNorm after it
folded into its weight and bias, for inference."""
from __future__ import annotations

import copy

import jittor as jt


def _trainable(x, like):
    x = x.cast(like.dtype).detach().clone()
    if not like.is_stop_grad():
        x.start_grad()
    return x


def _bn_defaults(bn_rm, bn_w, bn_b):
    return (jt.ones_like(bn_rm) if bn_w is None else bn_w, jt.zeros_like(bn_rm) if bn_b is None else bn_b)


def fuse_conv_bn_weights(conv_w, conv_b, bn_rm, bn_rv, bn_eps, bn_w, bn_b, transpose=False):
    bias_like = conv_w if conv_b is None else conv_b
    conv_b = jt.zeros_like(bn_rm) if conv_b is None else conv_b
    bn_w, bn_b = _bn_defaults(bn_rm, bn_w, bn_b)
    rsqrt = 1 / (bn_rv + bn_eps).sqrt()
    shape = ([1, -1] if transpose else [-1, 1]) + [1] * (conv_w.ndim - 2)
    fused_w = conv_w * (bn_w * rsqrt).reshape(shape)
    fused_b = (conv_b - bn_rm) * rsqrt * bn_w + bn_b
    return _trainable(fused_w, conv_w), _trainable(fused_b, bias_like)


def fuse_conv_bn_eval(conv, bn, transpose=False):
    if conv.is_training() or bn.is_training():
        raise AssertionError("Fusion only for eval!")
    fused = copy.copy(conv)  # a new module sharing nothing but the settings: its weight and bias are replaced
    fused.weight, fused.bias = fuse_conv_bn_weights(conv.weight, conv.bias, bn.running_mean, bn.running_var, bn.eps,
                                                    bn.weight, bn.bias, transpose)
    return fused


def fuse_linear_bn_weights(linear_w, linear_b, bn_rm, bn_rv, bn_eps, bn_w, bn_b):
    bias_like = linear_w if linear_b is None else linear_b
    linear_b = jt.zeros_like(bn_rm) if linear_b is None else linear_b
    bn_w, bn_b = _bn_defaults(bn_rm, bn_w, bn_b)
    scale = bn_w / (bn_rv + bn_eps).sqrt()
    fused_w = linear_w * scale.unsqueeze(-1)
    fused_b = (linear_b - bn_rm) * scale + bn_b
    return _trainable(fused_w, linear_w), _trainable(fused_b, bias_like)


def fuse_linear_bn_eval(linear, bn):
    if linear.is_training() or bn.is_training():
        raise AssertionError("Fusion only for eval!")
    if not (linear.weight.shape[0] == bn.running_mean.shape[0] or bn.running_mean.shape[0] == 1):
        raise AssertionError("To fuse, linear.out_features must equal bn.num_features or bn.num_features must be 1")
    fused = copy.copy(linear)
    fused.weight, fused.bias = fuse_linear_bn_weights(linear.weight, linear.bias, bn.running_mean, bn.running_var,
                                                      bn.eps, bn.weight, bn.bias)
    return fused


def skip_init(module_cls, *args, **kwargs):
    """PyTorch leaves the parameters uninitialized (memory as found); here the layer initializes as usual."""
    kwargs.pop("device", None)
    return module_cls(*args, **kwargs)


def convert_conv2d_weight_memory_format(module, memory_format):
    """PyTorch reorders the convolution weights in memory (channels_last); Jittor has one layout: nothing
    changes, values or results."""
    return module


def convert_conv3d_weight_memory_format(module, memory_format):
    return module

# api: torch.nn.utils.fuse_conv_bn_weights
import torch
import torch.nn as nn
conv_w = torch.arange(12.).reshape(2, 3, 2) / 10
conv_b = torch.tensor([0.5, -0.5])
bn_rm = torch.tensor([0.1, 0.2])
bn_rv = torch.tensor([1.0, 0.5])
bn_w = torch.tensor([2.0, 1.0])
bn_b = torch.tensor([0.0, 1.0])
fused_w, fused_b = nn.utils.fuse_conv_bn_weights(conv_w, conv_b, bn_rm, bn_rv, 1e-5, bn_w, bn_b)
fw_no_bias, fb_no_bias = nn.utils.fuse_conv_bn_weights(conv_w, None, bn_rm, bn_rv, 1e-3, bn_w, bn_b)
weight = fused_w.detach()
bias = fused_b.detach()
weight_no_bias = fw_no_bias.detach()
bias_no_bias = fb_no_bias.detach()

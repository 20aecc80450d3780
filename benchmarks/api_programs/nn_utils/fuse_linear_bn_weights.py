# api: torch.nn.utils.fuse_linear_bn_weights
import torch
import torch.nn as nn
linear_w = torch.tensor([[0.5, -1.0, 0.2], [1.0, 0.0, -0.3]])
linear_b = torch.tensor([0.1, 0.2])
bn_rm = torch.tensor([0.5, -0.5])
bn_rv = torch.tensor([2.0, 0.5])
bn_w = torch.tensor([1.5, 0.5])
bn_b = torch.tensor([-0.1, 0.3])
fused_w, fused_b = nn.utils.fuse_linear_bn_weights(linear_w, linear_b, bn_rm, bn_rv, 1e-5, bn_w, bn_b)
weight = fused_w.detach()
bias = fused_b.detach()

# api: torch.nn.utils.fuse_linear_bn_eval
import torch
import torch.nn as nn
linear = nn.Linear(3, 2)
bn = nn.BatchNorm1d(2)
with torch.no_grad():
    linear.weight.copy_(torch.tensor([[0.5, -1.0, 0.2], [1.0, 0.0, -0.3]]))
    linear.bias.copy_(torch.tensor([0.1, 0.2]))
    bn.weight.copy_(torch.tensor([1.5, 0.5]))
    bn.bias.copy_(torch.tensor([-0.1, 0.3]))
    bn.running_mean.copy_(torch.tensor([0.5, -0.5]))
    bn.running_var.copy_(torch.tensor([2.0, 0.5]))
linear.eval()
bn.eval()
fused = nn.utils.fuse_linear_bn_eval(linear, bn)
x = torch.tensor([[1.0, 2.0, 3.0], [0.0, -1.0, 0.5]])
y_fused = fused(x)
y_ref = bn(linear(x))

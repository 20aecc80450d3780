# api: torch.nn.utils.fuse_conv_bn_eval
import torch
import torch.nn as nn
conv = nn.Conv2d(1, 2, 2)
bn = nn.BatchNorm2d(2, affine=False)
with torch.no_grad():
    conv.weight.copy_(torch.arange(8.).reshape(2, 1, 2, 2) / 4)
    conv.bias.copy_(torch.tensor([0.5, -0.5]))
    bn.running_mean.copy_(torch.tensor([1.0, -1.0]))
    bn.running_var.copy_(torch.tensor([4.0, 0.25]))
conv.eval(); bn.eval()
fused = nn.utils.fuse_conv_bn_eval(conv, bn)
x = torch.arange(9.).reshape(1, 1, 3, 3)
same = torch.allclose(fused(x), bn(conv(x)), atol=1e-5)
fused_out = fused(x)

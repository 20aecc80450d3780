# api: torch.nn.utils.fuse_conv_bn_eval
import torch
import torch.nn as nn
conv = nn.Conv2d(2, 3, kernel_size=3, padding=1)
bn = nn.BatchNorm2d(3)
with torch.no_grad():
    conv.weight.copy_(torch.arange(54.).reshape(3, 2, 3, 3) / 50 - 0.5)
    conv.bias.copy_(torch.tensor([0.1, -0.2, 0.3]))
    bn.weight.copy_(torch.tensor([1.0, 0.5, 2.0]))
    bn.bias.copy_(torch.tensor([0.0, 0.1, -0.1]))
    bn.running_mean.copy_(torch.tensor([0.2, -0.1, 0.0]))
    bn.running_var.copy_(torch.tensor([1.0, 4.0, 0.25]))
conv.eval()
bn.eval()
fused = nn.utils.fuse_conv_bn_eval(conv, bn)
x = torch.arange(32.).reshape(1, 2, 4, 4) / 10
y_fused = fused(x)
y_ref = bn(conv(x))
fused_weight = fused.weight.detach()
fused_bias = fused.bias.detach()

# api: torch.nn.utils.convert_conv2d_weight_memory_format
import torch
import torch.nn as nn
conv = nn.Conv2d(2, 3, kernel_size=2)
with torch.no_grad():
    conv.weight.copy_(torch.arange(24.).reshape(3, 2, 2, 2) / 20)
    conv.bias.zero_()
model = nn.utils.convert_conv2d_weight_memory_format(nn.Sequential(conv, nn.ReLU()), torch.channels_last)
channels_last = conv.weight.is_contiguous(memory_format=torch.channels_last)
x = torch.arange(18.).reshape(1, 2, 3, 3) / 10
y = model(x)

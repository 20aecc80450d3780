# api: torch.nn.utils.convert_conv3d_weight_memory_format
import torch
import torch.nn as nn
conv = nn.Conv3d(1, 2, kernel_size=2, bias=False)
with torch.no_grad():
    conv.weight.copy_(torch.arange(16.).reshape(2, 1, 2, 2, 2) / 10)
conv = nn.utils.convert_conv3d_weight_memory_format(conv, torch.channels_last_3d)
channels_last_3d = conv.weight.is_contiguous(memory_format=torch.channels_last_3d)
x = torch.arange(27.).reshape(1, 1, 3, 3, 3) / 10
y = conv(x)

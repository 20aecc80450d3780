# api: torch.nn.utils.skip_init
import torch
import torch.nn as nn
lin = nn.utils.skip_init(nn.Linear, 5, 3)
weight_shape = lin.weight.shape
bias_shape = lin.bias.shape
nn.init.constant_(lin.weight, 0.1)
nn.init.zeros_(lin.bias)
y = lin(torch.arange(10.).reshape(2, 5)).detach()
conv = nn.utils.skip_init(nn.Conv1d, in_channels=2, out_channels=4, kernel_size=3, bias=False)
conv_weight_shape = conv.weight.shape

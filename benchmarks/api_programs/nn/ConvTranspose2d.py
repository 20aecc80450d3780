# api: torch.nn.ConvTranspose2d
import torch
import torch.nn as nn
up = nn.ConvTranspose2d(2, 2, 2, stride=2)
nn.init.constant_(up.weight, 0.25)
nn.init.zeros_(up.bias)
x = torch.arange(8.).reshape(1, 2, 2, 2)
y = up(x)
y_sized = up(x, output_size=[5, 5])

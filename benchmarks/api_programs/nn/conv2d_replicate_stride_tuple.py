# api: torch.nn.Conv2d
import torch
import torch.nn as nn
conv = nn.Conv2d(1, 2, kernel_size=(2, 3), stride=(2, 1), padding=(1, 1), padding_mode="replicate")
with torch.no_grad():
    conv.weight.fill_(1.0)
    conv.bias.fill_(-1.0)
img = torch.arange(25.).reshape(1, 1, 5, 5)
result = conv(img)
stride = conv.stride
out_channels = conv.out_channels

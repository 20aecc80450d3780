# api: torch.nn.ConvTranspose1d
import torch
import torch.nn as nn
deconv = nn.ConvTranspose1d(2, 1, kernel_size=3, stride=2, padding=1, output_padding=1, bias=False)
with torch.no_grad():
    deconv.weight.copy_(torch.arange(6.).reshape(2, 1, 3) / 4)
signal = torch.tensor([[[1.0, 2.0, 3.0], [-1.0, 0.0, 1.0]]])
out = deconv(signal)

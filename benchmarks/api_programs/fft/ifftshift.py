# api: torch.fft.ifftshift
import torch
x = torch.arange(6)
s = torch.fft.ifftshift(x)

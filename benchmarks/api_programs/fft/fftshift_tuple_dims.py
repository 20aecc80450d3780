# api: torch.fft.fftshift
import torch
x = torch.arange(12).reshape(3, 4)
a = torch.fft.fftshift(x)
b = torch.fft.fftshift(x, dim=(0,))
c = torch.fft.ifftshift(x, dim=(-1, -2))
d = torch.fft.fftshift(torch.fft.fftfreq(6, d=2.0))

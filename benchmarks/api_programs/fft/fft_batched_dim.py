# api: torch.fft.fft
import torch
x = torch.tensor([[1.0, 0.0, -1.0, 0.0], [0.0, 1.0, 0.0, -1.0]])
a = torch.fft.fft(x, dim=0).real
b = torch.fft.fft(x, dim=-1).imag
c = torch.fft.ifft(x).real
mag = torch.abs(torch.fft.rfft(x, dim=1))

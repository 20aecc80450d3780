# api: torch.fft.fft
import torch
x = torch.tensor([1.0, 2.0, 0.0, -1.0, 3.0])
a = torch.fft.fft(x, norm='ortho').abs()
b = torch.fft.fft(x, n=8).real
c = torch.fft.fft(x, n=3, norm='forward').imag
d = torch.fft.fft(x, norm='backward').angle()
shape8 = torch.fft.fft(x, n=8).shape

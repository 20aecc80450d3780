# api: torch.fft.ifft
import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
a = torch.fft.ifft(x, norm='forward').real
b = torch.fft.ifft(x, norm='ortho').imag
c = torch.fft.ifft(x, n=6).abs()

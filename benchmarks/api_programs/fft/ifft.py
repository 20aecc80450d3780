# api: torch.fft.ifft
import torch
y = torch.fft.ifft(torch.fft.fft(torch.tensor([1.0, 2.0, 3.0])))
real = y.real

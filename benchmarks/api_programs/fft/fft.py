# api: torch.fft.fft
import torch
x = torch.tensor([1.0, 2.0, 0.0, -1.0])
X = torch.fft.fft(x)

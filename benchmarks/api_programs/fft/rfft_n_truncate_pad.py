# api: torch.fft.rfft
import torch
x = torch.tensor([[1.0, 2.0, 3.0, 4.0, 5.0]])
pad = torch.fft.rfft(x, n=8, dim=-1).abs()
trunc = torch.fft.rfft(x, n=3).abs()
shape = torch.fft.rfft(x, n=8).shape

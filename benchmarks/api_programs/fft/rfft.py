# api: torch.fft.rfft
import torch
spec = torch.fft.rfft(torch.tensor([0.0, 1.0, 0.0, -1.0]))
mag = spec.abs()

# api: torch.fft.fftfreq
import torch
f = torch.fft.fftfreq(5)
f2 = torch.fft.fftfreq(4, d=0.5)

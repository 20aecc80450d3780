# api: torch.fft.hfft
import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
ih = torch.fft.ihfft(x)
h = torch.fft.hfft(ih, n=4)
ih_real = ih.real

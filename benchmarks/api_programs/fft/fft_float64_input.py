# api: torch.fft.rfft
import torch
x = torch.tensor([1.0, -2.0, 3.0, 0.5], dtype=torch.float64)
X = torch.fft.rfft(x)
real = X.real
imag = X.imag
real_dtype = real.dtype
p = torch.fft.irfft(X, n=4)

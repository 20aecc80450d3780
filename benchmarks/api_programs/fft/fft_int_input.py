# api: torch.fft.fft
import torch
x = torch.tensor([1, 2, 3, 4])
X = torch.fft.fft(x)
re = X.real
im = X.imag
re_dtype = re.dtype

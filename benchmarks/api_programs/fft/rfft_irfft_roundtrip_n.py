# api: torch.fft.irfft
import torch
x = torch.tensor([0.5, 1.0, -1.0, 2.0, 0.0, 3.0])
X = torch.fft.rfft(x)
back = torch.fft.irfft(X, n=6)
back_odd = torch.fft.irfft(X)
ortho = torch.fft.irfft(torch.fft.rfft(x, norm='ortho'), n=6, norm='ortho')
fwd = torch.fft.rfft(x, norm='forward').real

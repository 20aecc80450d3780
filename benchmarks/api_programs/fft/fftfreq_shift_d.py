# api: torch.fft.fftfreq
import torch
f = torch.fft.fftfreq(5)
f2 = torch.fft.fftfreq(4, d=0.5)
rf = torch.fft.rfftfreq(6, 0.1)
sh = torch.fft.fftshift(torch.arange(6))
ish = torch.fft.ifftshift(torch.arange(5))
sh2 = torch.fft.fftshift(torch.arange(6).reshape(2, 3), dim=1)
f_dtype = f.dtype

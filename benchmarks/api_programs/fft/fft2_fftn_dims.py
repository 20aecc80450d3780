# api: torch.fft.fft2
import torch
x = torch.arange(12, dtype=torch.float32).reshape(3, 4)
a = torch.fft.fft2(x).abs()
b = torch.fft.fftn(x, dim=(0,)).real
c = torch.fft.ifft2(torch.fft.fft2(x)).real
d = torch.fft.rfft2(x).abs()
e = torch.fft.irfft2(torch.fft.rfft2(x), s=(3, 4))
f = torch.fft.fftn(x, s=(4, 4), norm='ortho').abs()

# api: torch.fft.fftshift
import torch
f = torch.fft.fftfreq(5)
shifted = torch.fft.fftshift(f)
grid = torch.arange(12).reshape(3, 4)
shifted_all = torch.fft.fftshift(grid)
shifted_rows = torch.fft.fftshift(grid, dim=1)

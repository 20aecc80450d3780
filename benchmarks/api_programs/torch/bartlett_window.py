# api: torch.bartlett_window
import torch
w = torch.bartlett_window(5)
w_sym = torch.bartlett_window(6, periodic=False, dtype=torch.float64)

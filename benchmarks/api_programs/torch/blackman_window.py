# api: torch.blackman_window
import torch
periodic = torch.blackman_window(5)
symmetric = torch.blackman_window(6, periodic=False)
double = torch.blackman_window(4, dtype=torch.float64)

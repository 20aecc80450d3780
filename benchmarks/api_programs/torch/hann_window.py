# api: torch.hann_window
import torch
periodic = torch.hann_window(8)
symmetric = torch.hann_window(5, periodic=False)
double = torch.hann_window(4, dtype=torch.float64)

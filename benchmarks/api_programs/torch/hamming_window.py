# api: torch.hamming_window
import torch
periodic = torch.hamming_window(6)
symmetric = torch.hamming_window(5, periodic=False)
custom = torch.hamming_window(4, True, alpha=0.5, beta=0.5)
double = torch.hamming_window(3, dtype=torch.float64)

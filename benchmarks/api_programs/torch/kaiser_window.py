# api: torch.kaiser_window
import torch
window = torch.kaiser_window(8)
symmetric = torch.kaiser_window(5, periodic=False, beta=8.0)
window64 = torch.kaiser_window(6, dtype=torch.float64)

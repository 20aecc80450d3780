# api: torch.Tensor.argmin
import torch
scores = torch.tensor([[3.0, 1.0, 2.0], [0.5, 4.0, -1.0]])
flat_idx = scores.argmin()
per_row = scores.argmin(dim=1)
per_col = scores.argmin(0, keepdim=True)

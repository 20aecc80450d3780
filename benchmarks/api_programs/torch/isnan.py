# api: torch.isnan
import torch
x = torch.tensor([[1.0, float("nan")], [float("inf"), 0.0]])
nan_mask = torch.isnan(x)
nan_count = torch.isnan(x).sum()
cleaned = torch.where(torch.isnan(x), torch.zeros_like(x), x)

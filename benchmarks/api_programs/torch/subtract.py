# api: torch.subtract
import torch
x = torch.tensor([[3.0, 4.0], [5.0, 6.0]])
centered = torch.subtract(x, x.mean(dim=0))
shifted = torch.subtract(x, 2, alpha=3)

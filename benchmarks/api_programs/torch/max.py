# api: torch.max
import torch
x = torch.tensor([[1, 8], [5, 2]])
m = torch.max(x)
vals, idx = torch.max(x, dim=1)
pair = torch.max(x, torch.tensor([[3, 3], [3, 3]]))

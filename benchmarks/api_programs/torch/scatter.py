# api: torch.scatter
import torch
x = torch.zeros(3, 3)
idx = torch.tensor([[0, 1, 2]])
out = torch.scatter(x, 0, idx, 1.0)
out_src = torch.scatter(x, 1, torch.tensor([[2], [0], [1]]), torch.full((3, 1), 4.0))

# api: torch.gather
import torch
x = torch.tensor([[1, 2], [3, 4]])
g = torch.gather(x, 1, torch.tensor([[0, 0], [1, 0]]))

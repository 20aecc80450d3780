# api: torch.corrcoef
import torch
x = torch.tensor([[0.0, 1.0, 2.0, 3.0], [1.0, 3.0, 2.0, 5.0], [4.0, 2.0, 1.0, 0.0]])
r = torch.corrcoef(x)
r_pair = torch.corrcoef(x[:2])

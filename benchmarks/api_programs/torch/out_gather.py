# api: torch.gather
import torch
x = torch.tensor([[1., 2.], [3., 4.]])
o = torch.empty(2, 1)
torch.gather(x, 1, torch.tensor([[1], [0]]), out=o)

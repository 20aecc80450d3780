# api: torch.mv
import torch
M = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
v = torch.tensor([1.0, 0.0, -1.0])
out = torch.mv(M, v)
int_out = torch.mv(torch.tensor([[1, 2], [3, 4]]), torch.tensor([5, 6]))

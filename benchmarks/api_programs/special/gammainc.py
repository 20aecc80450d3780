# api: torch.special.gammainc
import torch
a = torch.tensor([0.5, 1.0, 2.0, 4.0])
x = torch.tensor([0.5, 1.0, 3.0, 2.0])
p = torch.special.gammainc(a, x)
p_bcast = torch.special.gammainc(torch.tensor([[1.0], [3.0]]), torch.tensor([0.5, 2.0, 6.0]))

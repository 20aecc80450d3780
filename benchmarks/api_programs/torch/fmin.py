# api: torch.fmin
import torch
nan = float("nan")
a = torch.tensor([2.2, nan, 2.1, nan])
b = torch.tensor([-9.3, 0.1, nan, nan])
m = torch.fmin(a, b)
broadcast = torch.fmin(torch.tensor([[1.0], [4.0]]), torch.tensor([2.0, 3.0]))

# api: torch.fmax
import torch
nan = float("nan")
a = torch.tensor([9.7, nan, 3.1, nan])
b = torch.tensor([-2.2, 0.5, nan, nan])
m = torch.fmax(a, b)
m_int = torch.fmax(torch.tensor([1, 5, 3]), torch.tensor([4, 2, 3]))

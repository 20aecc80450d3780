# api: torch.unbind
import torch
m = torch.tensor([[1, 2, 3], [4, 5, 6]])
first, second = torch.unbind(m)
columns = torch.unbind(m, dim=1)
planes = torch.unbind(torch.arange(8.0).reshape(2, 2, 2), 2)

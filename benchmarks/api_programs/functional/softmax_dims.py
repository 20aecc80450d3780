# api: torch.nn.functional.softmax
import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
a = F.softmax(x, dim=-1)
b = F.softmax(x, 0)
c = x.softmax(dim=1)
d = torch.softmax(x, -1, dtype=torch.float64)

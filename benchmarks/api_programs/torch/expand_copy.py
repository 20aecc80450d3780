# api: torch.expand_copy
import torch
x = torch.tensor([[1.0], [2.0], [3.0]])
e = torch.expand_copy(x, (3, 4))
e2 = torch.expand_copy(x, (2, -1, 2))

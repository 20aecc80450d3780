# api: torch.positive
import torch
x = torch.tensor([-1.0, 0.0, 2.5])
same = torch.positive(x)
ints = torch.positive(torch.tensor([[-3, 4]]))

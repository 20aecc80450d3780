# api: torch.unsqueeze_copy
import torch
x = torch.tensor([1.0, 2.0, 3.0])
row = torch.unsqueeze_copy(x, 0)
column = torch.unsqueeze_copy(x, dim=1)
last = torch.unsqueeze_copy(torch.arange(6).reshape(2, 3), -1)

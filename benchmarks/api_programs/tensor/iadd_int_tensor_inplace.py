# api: torch.Tensor.__iadd__
import torch
x = torch.tensor([1, 2, 3])
y = x
x += 5
alias = y

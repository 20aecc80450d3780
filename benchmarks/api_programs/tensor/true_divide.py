# api: torch.Tensor.true_divide
import torch
a = torch.tensor([5, 6, 7])
out = a.true_divide(2)

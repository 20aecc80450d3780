# api: torch.Tensor.eq
import torch
x = torch.tensor([1, 2, 3])
same = x.eq(2)

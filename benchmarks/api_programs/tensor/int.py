# api: torch.Tensor.int
import torch
x = torch.tensor([1.7, -2.2, 3.9])
i = x.int()

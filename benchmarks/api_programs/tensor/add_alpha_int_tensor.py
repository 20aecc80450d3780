# api: torch.Tensor.add
import torch
x = torch.tensor([1, 2, 3])
y = x.add(torch.tensor([10, 20, 30]), alpha=2)

# api: torch.Tensor.clone
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
backup = x.clone()
x.mul_(10)
ints = torch.arange(4).clone()

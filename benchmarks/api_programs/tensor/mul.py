# api: torch.Tensor.mul
import torch
x = torch.tensor([1, 2, 3])
by_int = x.mul(2)
by_float = x.mul(0.5)
outer_like = x.mul(torch.tensor([[1], [-1]]))

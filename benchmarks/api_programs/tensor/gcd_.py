# api: torch.Tensor.gcd_
import torch
x = torch.tensor([[4, 9], [21, 100]])
x.gcd_(torch.tensor([[6, 6], [14, 75]]))

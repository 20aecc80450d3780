# api: torch.Tensor.bitwise_right_shift
import torch
x = torch.tensor([16, 33, -8])
y = x.bitwise_right_shift(torch.tensor([1, 2, 1]))

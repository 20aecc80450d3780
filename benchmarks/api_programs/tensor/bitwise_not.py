# api: torch.Tensor.bitwise_not
import torch
x = torch.tensor([True, False, True])
y = x.bitwise_not()

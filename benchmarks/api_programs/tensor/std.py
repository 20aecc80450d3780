# api: torch.Tensor.std
import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0])
s = x.std()
s0 = x.std(unbiased=False)

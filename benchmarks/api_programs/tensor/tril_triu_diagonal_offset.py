# api: torch.Tensor.tril
import torch
x = torch.arange(1, 10).reshape(3, 3)
a = x.tril(-1)
b = x.triu(diagonal=1)

# api: torch.Tensor.triu
import torch
x = torch.arange(1., 10.).reshape(3, 3)
upper = x.triu()
upper_1 = x.triu(diagonal=1)

# api: torch.Tensor.triu_
import torch
x = torch.ones(2, 3, 3)
x[0].triu_()

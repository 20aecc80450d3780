# api: torch.Tensor.select
import torch
x = torch.zeros(2, 3)
x.select(1, 0).fill_(8.)

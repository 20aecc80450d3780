# api: torch.Tensor.pow
import torch
x = torch.tensor([1, 2, 3])
sq = x.pow(2)
fl = x.pow(0.5)

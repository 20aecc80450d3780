# api: torch.Tensor.split
import torch
x = torch.zeros(5)
parts = x.split(2)
parts[1].fill_(3.)

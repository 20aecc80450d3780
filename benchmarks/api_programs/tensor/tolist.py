# api: torch.Tensor.tolist
import torch
x = torch.tensor([[1, 2], [3, 4]])
lst = x.tolist()

# api: torch.Tensor.corrcoef
import torch
x = torch.tensor([[1.0, 2.0, 3.0, 4.0], [2.0, 4.0, 5.0, 9.0], [4.0, 3.0, 2.0, 1.0]])
r = x.corrcoef()

# api: torch.Tensor.log10
import torch
x = torch.tensor([[1.0, 10.0], [100.0, 0.001]])
y = x.log10()
from_int = torch.tensor([1, 1000]).log10()

# api: torch.Tensor.logaddexp2
import torch
a = torch.tensor([1.0, 2.0, 3.0])
out = a.logaddexp2(torch.tensor([3.0, 2.0, 1.0]))

# api: torch.Tensor.greater
import torch
a = torch.tensor([[1, 5], [3, 3]])
b = torch.tensor([[2, 4], [3, 1]])
gt_mask = a.greater(b)
gt_scalar = a.greater(2)
f = torch.tensor([0.1, 0.9]).greater(torch.tensor(0.5))

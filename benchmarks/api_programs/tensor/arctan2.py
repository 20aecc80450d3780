# api: torch.Tensor.arctan2
import torch
y = torch.tensor([1.0, -1.0, 0.0, 2.0])
x = torch.tensor([1.0, 1.0, -1.0, 0.0])
angles = y.arctan2(x)
angles_scalar_other = y.arctan2(torch.tensor(2.0))

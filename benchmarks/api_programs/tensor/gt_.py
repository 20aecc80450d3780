# api: torch.Tensor.gt_
import torch
x = torch.tensor([1.0, 5.0, 3.0])
x.gt_(2.5)

# api: torch.Tensor.le_
import torch
x = torch.tensor([1.0, 4.0, 2.5])
x.le_(2.5)

# api: torch.Tensor.xlogy_
import torch
x = torch.tensor([1.0, 2.0, 0.0])
x.xlogy_(2)

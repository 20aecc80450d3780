# api: torch.Tensor.nextafter_
import torch
x = torch.tensor([1.0, 0.0, -1.0], dtype=torch.float64)
x.nextafter_(torch.tensor([2.0, 1.0, -2.0], dtype=torch.float64))

# api: torch.Tensor.float_power_
import torch
x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
x.float_power_(2)

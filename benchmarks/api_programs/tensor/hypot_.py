# api: torch.Tensor.hypot_
import torch
x = torch.tensor([[6.0, 1.0], [0.0, -2.0]])
x.hypot_(torch.tensor([8.0, 1.0]))

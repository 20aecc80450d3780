# api: torch.Tensor.heaviside_
import torch
x = torch.tensor([[-2.0, 0.0], [0.0, 3.0]])
x.heaviside_(torch.tensor([1.0]))

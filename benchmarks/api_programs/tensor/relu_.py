# api: torch.Tensor.relu_
import torch
x = torch.tensor([-1.0, 0.5, -0.1, 2.0])
x.relu_()

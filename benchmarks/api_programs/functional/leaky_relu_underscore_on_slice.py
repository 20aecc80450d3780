# api: torch.nn.functional.leaky_relu_
import torch
import torch.nn.functional as F
x = torch.tensor([-1., 2., -3., 4.])
F.leaky_relu_(x[:2], 0.5)

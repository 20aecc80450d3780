# api: torch.nn.functional.leaky_relu_
import torch
import torch.nn.functional as F
x = torch.tensor([-5.0, -1.0, 0.0, 2.0])
F.leaky_relu_(x, 0.2)

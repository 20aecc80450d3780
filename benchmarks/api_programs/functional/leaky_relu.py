# api: torch.nn.functional.leaky_relu
import torch
import torch.nn.functional as F
y = F.leaky_relu(torch.tensor([-2.0, 2.0]), negative_slope=0.1)

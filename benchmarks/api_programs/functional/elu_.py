# api: torch.nn.functional.elu_
import torch
import torch.nn.functional as F
activations = torch.tensor([[-2.0, 1.0], [0.0, -0.25]])
out = F.elu_(activations)

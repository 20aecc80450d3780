# api: torch.nn.functional.prelu
import torch
import torch.nn.functional as F
x = torch.tensor([[[-2.0, 1.0], [-1.0, -3.0]], [[0.5, -0.5], [4.0, -4.0]]])
y_shared = F.prelu(x, torch.tensor([0.25]))
y_channel = F.prelu(x, weight=torch.tensor([0.1, 0.5]))

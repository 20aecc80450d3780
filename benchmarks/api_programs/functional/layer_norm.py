# api: torch.nn.functional.layer_norm
import torch
import torch.nn.functional as F
y = F.layer_norm(torch.tensor([[1.0, 2.0, 3.0]]), (3,), weight=torch.tensor([1.0, 2.0, 0.5]))

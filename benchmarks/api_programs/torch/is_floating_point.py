# api: torch.is_floating_point
import torch
f1 = torch.is_floating_point(torch.tensor([1.0]))
f2 = torch.is_floating_point(torch.tensor([1]))

# api: torch.nn.functional.softmin
import torch
import torch.nn.functional as F
y = F.softmin(torch.tensor([1.0, 2.0, 3.0]), dim=0)

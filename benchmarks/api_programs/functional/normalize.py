# api: torch.nn.functional.normalize
import torch
import torch.nn.functional as F
y = F.normalize(torch.tensor([[3.0, 4.0], [0.0, 0.0]]))
y1 = F.normalize(torch.tensor([[3.0, 4.0]]), p=1, dim=1)

# api: torch.nn.functional.normalize
import torch
import torch.nn.functional as F
v = torch.tensor([3.0, 4.0])
unit = F.normalize(v, dim=0)
batch = F.normalize(torch.arange(12.).reshape(3, 4), p=2.0, dim=-1)
zero_row = F.normalize(torch.zeros(2, 3), dim=1)
p3 = F.normalize(torch.tensor([[1.0, -2.0, 2.0]]), p=3, dim=1)

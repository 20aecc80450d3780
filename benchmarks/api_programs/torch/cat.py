# api: torch.cat
import torch
a = torch.ones(2, 2)
b = torch.zeros(1, 2)
c = torch.cat([a, b])
d = torch.cat((a, a), dim=1)

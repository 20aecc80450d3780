# api: torch.cat
import torch
a = torch.ones(2)
b = torch.zeros(2)
c = torch.cat(tensors=[a, b], dim=0)
d = torch.stack(tensors=(a, b), dim=1)

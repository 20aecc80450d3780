# api: torch.nn.functional.group_norm
import torch
import torch.nn.functional as F
x = torch.arange(2 * 4 * 3, dtype=torch.float32).reshape(2, 4, 3) ** 1.3
g = F.group_norm(x, 2)
gw = F.group_norm(x, 4, weight=torch.ones(4) * 2, bias=torch.ones(4), eps=1e-3)
inst = F.instance_norm(x)

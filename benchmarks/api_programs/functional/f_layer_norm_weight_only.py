# api: torch.nn.functional.layer_norm
import torch
import torch.nn.functional as F
x = torch.arange(12.).reshape(2, 6) ** 1.2
a = F.layer_norm(x, (6,))
b = F.layer_norm(x, [6], weight=torch.linspace(0.5, 1.5, 6))
c = F.layer_norm(x.reshape(2, 2, 3), (2, 3), eps=1e-2)

# api: torch.einsum
import torch
q = torch.arange(24.0).reshape(1, 2, 3, 4) / 10
k = torch.arange(24.0).reshape(1, 2, 3, 4) / 7
s = torch.einsum('bhqd,bhkd->bhqk', q, k)
o = torch.einsum('bhqk,bhkd->bhqd', s.softmax(-1), k)

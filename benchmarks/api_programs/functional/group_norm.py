# api: torch.nn.functional.group_norm
import torch
import torch.nn.functional as F
x = torch.arange(24.).reshape(2, 4, 3)
y = F.group_norm(x, 2)
y_affine = F.group_norm(x, num_groups=4, weight=torch.tensor([1.0, 2.0, 0.5, 1.0]), bias=torch.tensor([0.0, 0.1, 0.2, 0.3]), eps=1e-3)

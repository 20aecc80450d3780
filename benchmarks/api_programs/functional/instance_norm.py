# api: torch.nn.functional.instance_norm
import torch
import torch.nn.functional as F
x = torch.tensor([[[1.0, 2.0, 3.0, 6.0], [0.0, 4.0, 4.0, 0.0]]])
y = F.instance_norm(x)
y_affine = F.instance_norm(x, weight=torch.tensor([2.0, 0.5]), bias=torch.tensor([1.0, 0.0]))

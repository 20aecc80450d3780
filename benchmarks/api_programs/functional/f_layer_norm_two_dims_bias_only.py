# api: torch.nn.functional.layer_norm
import torch
import torch.nn.functional as F
x = torch.sin(torch.arange(24.)).reshape(2, 3, 4)
a = F.layer_norm(x, (3, 4), bias=torch.full((3, 4), 0.5))
b = F.layer_norm(x, [4], eps=0.1)

# api: torch.nn.functional.group_norm
import torch
import torch.nn.functional as F
x = torch.cos(torch.arange(48.)).reshape(2, 6, 4)
a = F.group_norm(x, 3, eps=0.5)
b = F.group_norm(x, 2, weight=torch.arange(6.) / 6)

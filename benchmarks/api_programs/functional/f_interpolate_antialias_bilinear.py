# api: torch.nn.functional.interpolate
import torch
import torch.nn.functional as F
x = torch.sin(torch.arange(64.)).reshape(1, 1, 8, 8)
a = F.interpolate(x, size=(3, 3), mode="bilinear", antialias=True)

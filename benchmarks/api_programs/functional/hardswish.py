# api: torch.nn.functional.hardswish
import torch
import torch.nn.functional as F
x = torch.linspace(-4.0, 4.0, 9)
y = F.hardswish(x)

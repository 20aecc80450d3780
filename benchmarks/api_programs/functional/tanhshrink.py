# api: torch.nn.functional.tanhshrink
import torch
import torch.nn.functional as F
x = torch.tensor([-2.0, -0.5, 0.0, 1.0, 3.0])
y = F.tanhshrink(x)

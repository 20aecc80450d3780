# api: torch.nn.RReLU
import torch
import torch.nn as nn
r = nn.RReLU(0.1, 0.3)
r.eval()
y = r(torch.tensor([-1.0, 2.0]))

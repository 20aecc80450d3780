# api: torch.nn.Hardtanh
import torch
import torch.nn as nn
y = nn.Hardtanh(-0.5, 0.5)(torch.tensor([-1.0, 0.2, 2.0]))

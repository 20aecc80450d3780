# api: torch.nn.CELU
import torch
import torch.nn as nn
y = nn.CELU(alpha=2.0)(torch.tensor([-1.0, 1.0]))

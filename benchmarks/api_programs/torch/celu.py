# api: torch.celu
import torch
out = torch.celu(torch.tensor([-2.0, -0.5, 1.0]), alpha=0.5)

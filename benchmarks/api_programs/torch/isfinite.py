# api: torch.isfinite
import torch
f = torch.isfinite(torch.tensor([1.0, float('inf'), float('nan')]))

# api: torch.scalar_tensor
import torch
s = torch.scalar_tensor(3)
s2 = torch.scalar_tensor(1.5, dtype=torch.float64)

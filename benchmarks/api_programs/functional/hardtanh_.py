# api: torch.nn.functional.hardtanh_
import torch
import torch.nn.functional as F
x = torch.tensor([-3.0, 0.5, 3.0])
F.hardtanh_(x)

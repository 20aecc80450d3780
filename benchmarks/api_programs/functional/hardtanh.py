# api: torch.nn.functional.hardtanh
import torch
import torch.nn.functional as F
x = torch.tensor([-2.5, -1.0, -0.3, 0.0, 0.7, 1.8])
y = F.hardtanh(x)
y_range = F.hardtanh(x, min_val=-0.5, max_val=0.5)
y_pos = F.hardtanh(x, 0.0, 1.0)

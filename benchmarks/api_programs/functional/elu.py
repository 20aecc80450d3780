# api: torch.nn.functional.elu
import torch
import torch.nn.functional as F
x = torch.tensor([-3.0, -1.0, 0.0, 0.5, 2.0])
y = F.elu(x)
y_alpha = F.elu(x, alpha=0.5)

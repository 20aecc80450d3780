# api: torch.nn.functional.threshold
import torch
import torch.nn.functional as F
x = torch.tensor([0.1, 0.5, 1.0, 1.5, -2.0])
y = F.threshold(x, 0.5, 0.0)
y_fill = F.threshold(x, threshold=1.0, value=-1.0)

# api: torch.threshold_
import torch
x = torch.tensor([-1.0, 0.2, 0.5, 0.7, 2.0])
torch.threshold_(x, 0.5, 0.0)
y = torch.tensor([[0.1, 3.0], [-2.0, 1.0]])
torch.threshold_(y, threshold=0.0, value=-1.0)

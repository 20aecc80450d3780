# api: torch.clip_
import torch
x = torch.tensor([-3.0, -0.5, 0.5, 3.0])
torch.clip_(x, -1, 1)
y = torch.tensor([0.0, 5.0, 10.0])
torch.clip_(y, max=6.0)

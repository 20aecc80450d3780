# api: torch.heaviside
import torch
h = torch.heaviside(torch.tensor([-1.0, 0.0, 2.0]), torch.tensor([0.5]))

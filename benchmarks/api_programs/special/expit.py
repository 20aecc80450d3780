# api: torch.special.expit
import torch
y = torch.special.expit(torch.tensor([-1.0, 0.0, 1.0]))

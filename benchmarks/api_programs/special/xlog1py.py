# api: torch.special.xlog1py
import torch
y = torch.special.xlog1py(torch.tensor([0.0, 2.0]), torch.tensor([-1.0, 1.0]))

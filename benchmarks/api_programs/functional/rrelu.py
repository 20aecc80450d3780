# api: torch.nn.functional.rrelu
import torch
import torch.nn.functional as F
y = F.rrelu(torch.tensor([-1.0, 2.0]), training=False)

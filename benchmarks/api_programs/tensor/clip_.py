# api: torch.Tensor.clip_
import torch
g = torch.tensor([-0.7, 0.1, 0.9, 1.2])
g.clip_(-0.5, 0.5)

# api: torch.Tensor.clip
import torch
x = torch.tensor([[-5.0, 0.5], [3.0, 10.0]])
clipped = x.clip(-1, 1)
lower_only = x.clip(min=0.0)
upper_only = x.clip(max=2.0)

# api: torch.adaptive_max_pool1d
import torch
x = torch.tensor([[[1.0, 5.0, 2.0, 8.0, 3.0, 4.0], [0.5, -1.0, 7.0, 2.0, 2.5, 6.0]]])
values, indices = torch.adaptive_max_pool1d(x, 2)

# api: torch.max_pool1d
import torch
x = torch.tensor([[[1.0, 3.0, 2.0, 5.0, 4.0, 0.0]]])
pooled = torch.max_pool1d(x, 2)
overlapping = torch.max_pool1d(x, kernel_size=3, stride=1, padding=1)

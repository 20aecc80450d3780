# api: torch.Tensor.__truediv__
import torch
img = torch.tensor([0, 128, 255], dtype=torch.uint8)
f = img / 255
g = img / 255.0
h = (img // 2).dtype

# api: torch.Tensor.asin
import torch
x = torch.tensor([-0.9, -0.2, 0.0, 0.4, 1.0])
y = x.asin()

# api: torch.nn.functional.fractional_max_pool2d
import torch
import torch.nn.functional as F
y = F.fractional_max_pool2d(torch.arange(25.).reshape(1, 1, 5, 5), 2, output_size=3)
results = {"shape": y.shape}

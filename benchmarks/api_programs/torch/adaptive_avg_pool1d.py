# api: torch.adaptive_avg_pool1d
import torch
x = torch.arange(12.).reshape(1, 2, 6)
pooled = torch.adaptive_avg_pool1d(x, 3)
pooled4 = torch.adaptive_avg_pool1d(x, output_size=4)

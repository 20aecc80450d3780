# api: torch.nn.AdaptiveMaxPool1d
import torch
import torch.nn as nn
signal = torch.tensor([[[2.0, 7.0, 1.0, 8.0, 2.0, 8.0, 1.0, 8.0]]])
pool = nn.AdaptiveMaxPool1d(3)
pooled = pool(signal)
pool_idx = nn.AdaptiveMaxPool1d(output_size=2, return_indices=True)
pooled2, indices = pool_idx(signal)

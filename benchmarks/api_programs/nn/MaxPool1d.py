# api: torch.nn.MaxPool1d
import torch
import torch.nn as nn
pool = nn.MaxPool1d(3, stride=2)
signal = torch.tensor([[[1.0, 5.0, 2.0, 0.0, 3.0, 4.0, 6.0]]])
pooled = pool(signal)
pool_idx = nn.MaxPool1d(kernel_size=2, return_indices=True, ceil_mode=True)
pooled_ceil, indices = pool_idx(signal)

# api: torch.nn.MaxPool1d
import torch
import torch.nn as nn
pool = nn.MaxPool1d(3, stride=2, padding=1, return_indices=True)
x = torch.tensor([[[3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0]]])
values, indices = pool(x)
ks = pool.kernel_size

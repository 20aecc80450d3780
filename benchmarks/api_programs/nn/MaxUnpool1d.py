# api: torch.nn.MaxUnpool1d
import torch
import torch.nn as nn
pool = nn.MaxPool1d(2, stride=2, return_indices=True)
unpool = nn.MaxUnpool1d(2, stride=2)
signal = torch.tensor([[[1.0, 4.0, 3.0, 2.0, 8.0, 5.0, 6.0, 7.0]]])
pooled, indices = pool(signal)
restored = unpool(pooled, indices)

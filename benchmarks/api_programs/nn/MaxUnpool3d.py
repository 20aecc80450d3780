# api: torch.nn.MaxUnpool3d
import torch
import torch.nn as nn
pool = nn.MaxPool3d(2, stride=2, return_indices=True)
unpool = nn.MaxUnpool3d(2, stride=2)
volume = (torch.arange(64.).reshape(1, 1, 4, 4, 4) * 11) % 13
pooled, indices = pool(volume)
restored = unpool(pooled, indices)
restored_shape = restored.shape

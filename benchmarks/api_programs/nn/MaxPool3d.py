# api: torch.nn.MaxPool3d
import torch
import torch.nn as nn
pool = nn.MaxPool3d(2)
volume = (torch.arange(64.).reshape(1, 1, 4, 4, 4) * 11) % 13
pooled = pool(volume)
pooled_pad = nn.MaxPool3d(kernel_size=3, stride=2, padding=1)(volume)

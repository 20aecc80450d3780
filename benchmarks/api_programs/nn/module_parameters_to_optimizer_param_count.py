# api: torch.nn.Module.parameters
import torch
import torch.nn as nn
m = nn.Sequential(nn.Conv2d(3, 8, 3, bias=False), nn.BatchNorm2d(8), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 10))
n_tensors = len(list(m.parameters()))
n_values = sum(p.numel() for p in m.parameters())
n_buffers = len(list(m.buffers()))
first_shape = next(m.parameters()).shape

# api: torch.nn.Module.get_buffer
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
rm = m.get_buffer("1.running_mean")
sub = type(m.get_submodule("1")).__name__

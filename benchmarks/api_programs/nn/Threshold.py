# api: torch.nn.Threshold
import torch
import torch.nn as nn
y = nn.Threshold(0.1, 20)(torch.tensor([0.0, 0.5, -1.0]))

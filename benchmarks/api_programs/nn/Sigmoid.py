# api: torch.nn.Sigmoid
import torch
import torch.nn as nn
y = nn.Sigmoid()(torch.tensor([0.0, 1.0]))

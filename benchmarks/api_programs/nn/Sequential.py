# api: torch.nn.Sequential
import torch
import torch.nn as nn
model = nn.Sequential(nn.Flatten(), nn.ReLU(), nn.Identity())
y = model(torch.tensor([[[-1.0, 2.0]], [[3.0, -4.0]]]))
n = len(model)

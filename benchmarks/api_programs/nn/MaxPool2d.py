# api: torch.nn.MaxPool2d
import torch
import torch.nn as nn
pool = nn.MaxPool2d(3, stride=2, padding=1)
y = pool(torch.arange(25.).reshape(1, 1, 5, 5))

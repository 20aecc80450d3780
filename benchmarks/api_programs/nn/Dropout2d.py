# api: torch.nn.Dropout2d
import torch
import torch.nn as nn
drop = nn.Dropout2d(p=0.5)
drop.eval()
x = torch.ones(1, 4, 2, 2)
y = drop(x)

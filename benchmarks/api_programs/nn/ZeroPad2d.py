# api: torch.nn.ZeroPad2d
import torch
import torch.nn as nn
y = nn.ZeroPad2d((1, 0, 0, 2))(torch.ones(1, 1, 2, 2))

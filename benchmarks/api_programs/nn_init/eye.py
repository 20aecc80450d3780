# api: torch.nn.init.eye
import torch
import torch.nn as nn
w = torch.empty(3, 5)
out = nn.init.eye(w)

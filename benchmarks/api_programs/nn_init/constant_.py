# api: torch.nn.init.constant_
import torch
import torch.nn as nn
w = torch.empty(2, 3)
nn.init.constant_(w, 0.3)

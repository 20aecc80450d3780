# api: torch.nn.init.constant_
import torch
import torch.nn as nn
w = torch.zeros(2, 3)
nn.init.constant_(w[:, 0], 3.)

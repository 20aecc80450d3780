# api: torch.nn.init.zeros_
import torch
import torch.nn as nn
w = torch.ones(3)
nn.init.zeros_(w)

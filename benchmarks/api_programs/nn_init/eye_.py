# api: torch.nn.init.eye_
import torch
import torch.nn as nn
w = torch.empty(2, 3)
nn.init.eye_(w)

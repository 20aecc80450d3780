# api: torch.nn.init.constant
import torch
import torch.nn as nn
w = torch.empty(2, 3)
nn.init.constant(w, 0.25)

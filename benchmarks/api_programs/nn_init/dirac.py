# api: torch.nn.init.dirac
import torch
import torch.nn as nn
w = torch.empty(4, 2, 3, 3)
nn.init.dirac(w, groups=2)

# api: torch.nn.init.kaiming_uniform_
import torch
import math
import torch.nn as nn
w = torch.empty(50, 40)
nn.init.kaiming_uniform_(w, a=math.sqrt(5))
bound = 1 / math.sqrt(40)
results = {"inside": bool((w.abs() <= bound + 1e-6).all()), "shape": w.shape}

# api: torch.nn.Module.__delattr__
import torch
import torch.nn as nn
m = nn.Module()
m.a = nn.Linear(1, 1)
m.b = nn.Linear(1, 1)
del m.a
names = [n for n, _ in m.named_children()]
keys = list(m.state_dict().keys())

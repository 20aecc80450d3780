# api: torch.nn.Module.register_parameter
import torch
import torch.nn as nn
m = nn.Module()
m.register_parameter("alpha", nn.Parameter(torch.tensor([1.0, 2.0])))
m.sub = nn.Linear(2, 1)
names = [n for n, _ in m.named_parameters()]
got = m.get_parameter("sub.weight").shape
alpha = m.get_parameter("alpha")
sd = list(m.state_dict())

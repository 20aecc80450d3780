# api: torch.nn.Linear
import torch
import torch.nn as nn
m = nn.Linear(2, 3)
m.weight = nn.Parameter(torch.arange(6.).reshape(3, 2))
m.bias = None
out = m(torch.tensor([[1.0, -1.0]]))
names = [n for n, _ in m.named_parameters()]

# api: torch.nn.Module.add_module
import torch
import torch.nn as nn
m = nn.Module()
m.add_module("first", nn.Linear(2, 2))
m.register_module("second", nn.Tanh())
names = [n for n, _ in m.named_children()]
n_params = len(list(m.parameters()))
has_first = hasattr(m, "first")

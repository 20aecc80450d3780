# api: torch.nn.Module.named_modules
import torch
import torch.nn as nn
shared = nn.Linear(2, 2)
m = nn.Sequential(shared, nn.ReLU(), shared)
names = [n for n, _ in m.named_modules()]
all_names = [n for n, _ in m.named_modules(remove_duplicate=False)]
n_params = len(list(m.parameters()))
keys = list(m.state_dict().keys())

# api: torch.nn.ParameterList
import torch
import torch.nn as nn
weights = nn.ParameterList([nn.Parameter(torch.full((2, 2), float(i))) for i in range(3)])
weights.append(nn.Parameter(torch.eye(2)))
x = torch.tensor([1.0, 2.0])
for w in weights:
    x = w @ x + 1.0
n_params = len(weights)
total = sum(p.sum() for p in weights)

# api: torch.nn.ReLU
import torch
import torch.nn as nn
act = nn.ReLU()
x = torch.tensor([[-1.0, 2.0], [0.5, -3.0]])
y = act(x)
inplace_act = nn.ReLU(inplace=True)
buffer = torch.tensor([-2.0, 0.0, 1.0])
returned = inplace_act(buffer)

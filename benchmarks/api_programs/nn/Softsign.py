# api: torch.nn.Softsign
import torch
import torch.nn as nn
act = nn.Softsign()
x = torch.tensor([-3.0, -1.0, 0.0, 2.0])
y = act(x)

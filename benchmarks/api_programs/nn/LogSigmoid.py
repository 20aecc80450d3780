# api: torch.nn.LogSigmoid
import torch
import torch.nn as nn
act = nn.LogSigmoid()
x = torch.tensor([-10.0, -1.0, 0.0, 1.0, 10.0])
y = act(x)

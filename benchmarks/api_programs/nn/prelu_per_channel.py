# api: torch.nn.PReLU
import torch
import torch.nn as nn
act = nn.PReLU(num_parameters=3, init=0.05)
with torch.no_grad():
    act.weight.copy_(torch.tensor([0.1, 0.2, 0.3]))
x = torch.arange(-6., 6.).reshape(1, 3, 4)
out = act(x)
wshape = act.weight.shape

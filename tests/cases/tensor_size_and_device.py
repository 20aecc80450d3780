import torch
import torch.nn as nn

device = "cuda"


class Net(nn.Module):
    def forward(self, x: torch.Tensor):
        n = x.size(0)
        c = x.size(dim=1)
        shape = x.size()
        y = x.cuda().to(device)
        z = (x + 1).cpu().to(torch.float16)
        return y.view(n, -1), c, shape, z


model = Net().to(device)
model.cuda()

# output
import jittor as jt
from jittor import nn

device = "cuda"


class Net(nn.Module):
    def execute(self, x: jt.Var):
        n = x.shape[0]
        c = x.shape[1]
        shape = x.shape
        y = x
        z = (x + 1).float16()
        return y.view(n, -1), c, shape, z


model = Net()

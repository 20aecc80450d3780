# api: torch.nn.init.xavier_uniform_
import torch
import torch.nn as nn
visited = []
def init_fn(m):
    name = type(m).__name__
    visited.append(name)
    if name == "Linear":
        nn.init.constant_(m.weight, 0.1)
    if name == "Conv2d":
        nn.init.constant_(m.weight, -0.1)
net = nn.Sequential(nn.Conv2d(1, 1, 1), nn.ReLU(), nn.Flatten(), nn.Linear(4, 2), nn.Tanh(), nn.Sigmoid())
net.apply(init_fn)
names = visited
w_lin = net[3].weight
w_conv = net[0].weight

# api: torch.nn.Module.get_submodule
import torch
import torch.nn as nn
net = nn.Sequential(nn.Linear(2, 3), nn.Sequential(nn.ReLU(), nn.Linear(3, 4)))
sub = net.get_submodule("1.1")
sub_kind = type(sub).__name__
w_shape = net.get_parameter("1.1.weight").shape
out_features = net[1][1].out_features
mods = [n for n, _ in net.named_modules(prefix="root")]

# api: torch.nn.Module.double
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
m.double()
d1 = [p.dtype for p in m.parameters()]
b1 = m[1].running_mean.dtype
nbt = m[1].num_batches_tracked.dtype
m.float()
d2 = [p.dtype for p in m.parameters()]

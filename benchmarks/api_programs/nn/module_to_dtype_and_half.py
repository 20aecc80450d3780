# api: torch.nn.Module.to
import torch
import torch.nn as nn
net = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
net.to(torch.float64)
dtypes = [p.dtype for p in net.parameters()]
buf_dtypes = [b.dtype for b in net.buffers()]
net.float()
back = [p.dtype for p in net.parameters()]
h = nn.Linear(2, 2).half()
half_dtype = h.weight.dtype

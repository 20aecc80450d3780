# api: torch.nn.BatchNorm1d
import torch
import torch.nn as nn
m = nn.BatchNorm1d(2, track_running_stats=False, affine=False)
m.eval()
x = torch.cos(torch.arange(12.)).reshape(2, 2, 3)
out = m(x)
rm_none = m.running_mean is None
keys = list(m.state_dict().keys())

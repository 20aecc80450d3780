# api: torch.nn.InstanceNorm2d
import torch
import torch.nn as nn
m = nn.InstanceNorm2d(2, track_running_stats=True)
x = torch.cos(torch.arange(32.)).reshape(2, 2, 2, 4) * 3
m(x)
m.eval()
out = m(x)
nbt = m.num_batches_tracked

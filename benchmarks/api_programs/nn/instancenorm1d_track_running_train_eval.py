# api: torch.nn.InstanceNorm1d
import torch
import torch.nn as nn
m = nn.InstanceNorm1d(3, affine=True, track_running_stats=True, momentum=0.3)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4 + 1.0)
x = torch.sin(torch.arange(24.)).reshape(2, 3, 4)
train_out = m(x)
m(x * 2 + 1)
rm = m.running_mean.clone()
rv = m.running_var.clone()
m.eval()
eval_out = m(x)
keys = list(m.state_dict().keys())

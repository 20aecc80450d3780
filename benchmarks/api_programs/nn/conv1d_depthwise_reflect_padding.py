# api: torch.nn.Conv1d
import torch
import torch.nn as nn
m = nn.Conv1d(3, 3, kernel_size=3, padding=1, groups=3, padding_mode="reflect")
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4)
x = torch.arange(15.).reshape(1, 3, 5)
out = m(x)

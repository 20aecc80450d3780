# api: torch.nn.BatchNorm2d
import torch
import torch.nn as nn
m = nn.BatchNorm2d(3, eps=0.01, momentum=0.5)
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) * 0.7 + i).reshape(p.shape) * 0.4 + 1.0)
x = torch.sin(torch.arange(48.)).reshape(2, 3, 2, 4)
train_out = m(x)
m.eval()
eval_out = m(x)
rm = m.running_mean

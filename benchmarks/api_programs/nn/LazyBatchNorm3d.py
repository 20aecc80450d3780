# api: torch.nn.LazyBatchNorm3d
import torch
import torch.nn as nn
layer = nn.LazyBatchNorm3d()
x = torch.cos(torch.arange(torch.Size((2, 3, 2, 3, 2)).numel(), dtype=torch.float32).reshape(2, 3, 2, 3, 2) * 0.3)
first = layer(x)
with torch.no_grad():
    for p in layer.parameters():
        p.copy_(torch.linspace(-1.0, 1.0, p.numel()).reshape(p.shape))
layer.eval()
out = layer(x * 2 - 0.5)
results = {"first_shape": first.shape, "out": out, "kind": type(layer).__name__}

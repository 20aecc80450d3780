# api: torch.nn.LazyInstanceNorm2d
import torch
import torch.nn as nn
layer = nn.LazyInstanceNorm2d(affine=False)
x = torch.cos(torch.arange(torch.Size((2, 3, 4, 5)).numel(), dtype=torch.float32).reshape(2, 3, 4, 5) * 0.3)
first = layer(x)
with torch.no_grad():
    for p in layer.parameters():
        p.copy_(torch.linspace(-1.0, 1.0, p.numel()).reshape(p.shape))
layer.eval()
out = layer(x * 2 - 0.5)
results = {"first_shape": first.shape, "out": out, "kind": type(layer).__name__}

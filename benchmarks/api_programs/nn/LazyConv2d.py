# api: torch.nn.LazyConv2d
import torch
import torch.nn as nn
layer = nn.LazyConv2d(4, 3, stride=2)
x = torch.cos(torch.arange(torch.Size((1, 2, 7, 6)).numel(), dtype=torch.float32).reshape(1, 2, 7, 6) * 0.3)
first = layer(x)
with torch.no_grad():
    for p in layer.parameters():
        p.copy_(torch.linspace(-1.0, 1.0, p.numel()).reshape(p.shape))
out = layer(x * 2 - 0.5)
results = {"first_shape": first.shape, "out": out, "kind": type(layer).__name__}

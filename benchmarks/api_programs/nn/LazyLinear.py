# api: torch.nn.LazyLinear
import torch
import torch.nn as nn
layer = nn.LazyLinear(3)
x = torch.cos(torch.arange(torch.Size((2, 5)).numel(), dtype=torch.float32).reshape(2, 5) * 0.3)
first = layer(x)
with torch.no_grad():
    for p in layer.parameters():
        p.copy_(torch.linspace(-1.0, 1.0, p.numel()).reshape(p.shape))
out = layer(x * 2 - 0.5)
results = {"first_shape": first.shape, "out": out, "kind": type(layer).__name__}

# api: torch.nn.LazyConvTranspose1d
import torch
import torch.nn as nn
layer = nn.LazyConvTranspose1d(2, 3, stride=2)
x = torch.cos(torch.arange(torch.Size((1, 4, 5)).numel(), dtype=torch.float32).reshape(1, 4, 5) * 0.3)
first = layer(x)
with torch.no_grad():
    for p in layer.parameters():
        p.copy_(torch.linspace(-1.0, 1.0, p.numel()).reshape(p.shape))
out = layer(x * 2 - 0.5)
results = {"first_shape": first.shape, "out": out, "kind": type(layer).__name__}

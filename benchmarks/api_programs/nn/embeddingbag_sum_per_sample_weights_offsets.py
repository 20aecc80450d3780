# api: torch.nn.EmbeddingBag
import torch
import torch.nn as nn
m = nn.EmbeddingBag(6, 2, mode="sum")
with torch.no_grad():
    m.weight.copy_(torch.arange(12.).reshape(6, 2))
idx = torch.tensor([0, 2, 4, 5, 1])
offsets = torch.tensor([0, 2])
psw = torch.tensor([1.0, 0.5, 2.0, -1.0, 3.0])
out = m(idx, offsets, per_sample_weights=psw)

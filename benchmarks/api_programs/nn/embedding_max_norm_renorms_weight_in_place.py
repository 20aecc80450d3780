# api: torch.nn.Embedding
import torch
import torch.nn as nn
m = nn.Embedding(5, 3, max_norm=1.0)
with torch.no_grad():
    m.weight.copy_(torch.arange(15.).reshape(5, 3) / 4)
out = m(torch.tensor([1, 3]))
weight_after = m.weight.detach().clone()

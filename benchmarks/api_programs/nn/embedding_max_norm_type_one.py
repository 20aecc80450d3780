# api: torch.nn.Embedding
import torch
import torch.nn as nn
m = nn.Embedding(4, 2, max_norm=2.0, norm_type=1.0)
with torch.no_grad():
    m.weight.copy_(torch.tensor([[3.0, 1.0], [0.5, 0.5], [-2.0, 4.0], [1.0, 0.0]]))
out = m(torch.tensor([[0, 2], [1, 0]]))

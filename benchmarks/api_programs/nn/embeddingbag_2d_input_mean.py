# api: torch.nn.EmbeddingBag
import torch
import torch.nn as nn
m = nn.EmbeddingBag(5, 2)
with torch.no_grad():
    m.weight.copy_(torch.arange(10.).reshape(5, 2))
out = m(torch.tensor([[0, 1, 2], [4, 4, 3]]))
mode = m.mode

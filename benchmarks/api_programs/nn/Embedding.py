# api: torch.nn.Embedding
import torch
import torch.nn as nn
emb = nn.Embedding(5, 2, padding_idx=0)
with torch.no_grad():
    emb.weight.copy_(torch.arange(10.).reshape(5, 2))
y = emb(torch.tensor([[0, 3], [4, 1]]))

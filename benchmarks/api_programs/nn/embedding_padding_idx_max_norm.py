# api: torch.nn.Embedding
import torch
import torch.nn as nn
emb = nn.Embedding(5, 3, padding_idx=0, max_norm=1.0)
with torch.no_grad():
    emb.weight.copy_(torch.arange(15.).reshape(5, 3))
idx = torch.tensor([[0, 2], [4, 2]])
out = emb(idx)
weight_after = emb.weight.detach().clone()
pad = emb.padding_idx

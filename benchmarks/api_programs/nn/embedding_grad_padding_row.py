# api: torch.nn.Embedding
import torch
import torch.nn as nn
emb = nn.Embedding(4, 2, padding_idx=1)
with torch.no_grad():
    emb.weight.copy_(torch.arange(8.).reshape(4, 2))
loss = emb(torch.tensor([1, 1, 3, 0])).sum()
loss.backward()
grad = emb.weight.grad

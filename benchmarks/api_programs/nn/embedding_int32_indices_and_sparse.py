# api: torch.nn.Embedding
import torch
import torch.nn as nn
emb = nn.Embedding(6, 2, scale_grad_by_freq=True)
with torch.no_grad():
    emb.weight.copy_(torch.arange(12.).reshape(6, 2))
idx32 = torch.tensor([[1, 5], [5, 5]], dtype=torch.int32)
out = emb(idx32)
emb(torch.tensor([1, 1, 2])).sum().backward()
grad = emb.weight.grad

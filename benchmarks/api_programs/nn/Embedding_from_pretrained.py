# api: torch.nn.Embedding
import torch
import torch.nn as nn
table = torch.arange(12.).view(4, 3)
emb = nn.Embedding.from_pretrained(table, freeze=True)
idx = torch.tensor([3, 1, 1])
vecs = emb(idx)
frozen = emb.weight.requires_grad

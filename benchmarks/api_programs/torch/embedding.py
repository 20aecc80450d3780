# api: torch.embedding
import torch
weight = torch.arange(12.).reshape(4, 3)
ids = torch.tensor([[0, 2], [3, 3]])
emb = torch.embedding(weight, ids)

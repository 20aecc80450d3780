# api: torch.cosine_similarity
import torch
a = torch.tensor([[1.0, 0.0, 1.0], [2.0, 2.0, 0.0]])
b = torch.tensor([[1.0, 1.0, 1.0], [-1.0, 1.0, 0.0]])
row_sim = torch.cosine_similarity(a, b, dim=1)
col_sim = torch.cosine_similarity(a, b, dim=0, eps=1e-8)
default_dim = torch.cosine_similarity(a, b)

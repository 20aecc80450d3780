# api: torch.nn.functional.embedding
import torch
import torch.nn.functional as F
table = torch.arange(12.).reshape(4, 3)
idx = torch.tensor([[0, 3], [1, 1]])
out = F.embedding(idx, table, padding_idx=0)
normed = F.embedding(idx, table.clone(), max_norm=2.0)

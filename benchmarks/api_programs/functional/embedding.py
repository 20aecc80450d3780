# api: torch.nn.functional.embedding
import torch
import torch.nn.functional as F
table = torch.arange(15.).reshape(5, 3)
token_ids = torch.tensor([[0, 2, 4], [1, 1, 3]])
vectors = F.embedding(token_ids, table)
vectors_pad = F.embedding(torch.tensor([0, 3, 0]), table, padding_idx=0)

# api: torch.nn.functional.embedding_bag
import torch
import torch.nn.functional as F
w = torch.arange(12.).reshape(4, 3)
out = F.embedding_bag(torch.tensor([[0, 1], [2, 3]]), w, mode='max')

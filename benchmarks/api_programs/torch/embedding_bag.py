# api: torch.embedding_bag
import torch
weight = torch.arange(20.).reshape(5, 4)
ids = torch.tensor([0, 2, 4, 1])
offsets = torch.tensor([0, 2])
out = torch.embedding_bag(weight, ids, offsets)[0]

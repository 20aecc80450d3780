# api: torch.nn.functional.embedding_bag
import torch
import torch.nn.functional as F
w = torch.arange(12.).reshape(6, 2)
inp = torch.tensor([1, 2, 4, 5, 4, 3])
offsets = torch.tensor([0, 3, 3])
mean = F.embedding_bag(inp, w, offsets, mode="mean")
s = F.embedding_bag(inp.reshape(2, 3), w, mode="sum")

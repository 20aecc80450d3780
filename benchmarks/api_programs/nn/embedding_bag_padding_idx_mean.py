# api: torch.nn.EmbeddingBag
import torch
import torch.nn as nn
bag = nn.EmbeddingBag(5, 2, mode="mean", padding_idx=0)
with torch.no_grad():
    bag.weight.copy_(torch.arange(10.).reshape(5, 2) + 1)
out = bag(torch.tensor([[0, 1, 2], [3, 0, 0]]))

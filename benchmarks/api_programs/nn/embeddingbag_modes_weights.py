# api: torch.nn.EmbeddingBag
import torch
import torch.nn as nn
bag = nn.EmbeddingBag(5, 2, mode="sum")
with torch.no_grad():
    bag.weight.copy_(torch.arange(10.).reshape(5, 2))
inp = torch.tensor([0, 2, 4, 1, 3])
offsets = torch.tensor([0, 2])
summed = bag(inp, offsets)
weighted = bag(inp, offsets, per_sample_weights=torch.tensor([1.0, 0.5, 2.0, 1.0, -1.0]))
maxbag = nn.EmbeddingBag.from_pretrained(torch.arange(10.).reshape(5, 2), mode="max")
maxed = maxbag(torch.tensor([[0, 4], [1, 2]]))

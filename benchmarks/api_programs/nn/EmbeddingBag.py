# api: torch.nn.EmbeddingBag
import torch
import torch.nn as nn
bag = nn.EmbeddingBag(6, 2, mode='sum')
with torch.no_grad():
    bag.weight.copy_(torch.arange(12.).reshape(6, 2))
tokens = torch.tensor([0, 2, 4, 5, 1, 3])
offsets = torch.tensor([0, 2, 5])
sums = bag(tokens, offsets)
mean_bag = nn.EmbeddingBag.from_pretrained(torch.arange(12.).reshape(6, 2), mode='mean')
means = mean_bag(torch.tensor([[0, 1], [4, 5]]))

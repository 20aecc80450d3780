# api: torch.index_add
import torch
x = torch.ones(5, 3)
source = torch.arange(9.).reshape(3, 3)
index = torch.tensor([0, 4, 2])
added = torch.index_add(x, 0, index, source)
scaled = torch.index_add(x, 0, index, source, alpha=-1)
cols = torch.index_add(torch.zeros(2, 4), 1, torch.tensor([1, 1]), torch.ones(2, 2))

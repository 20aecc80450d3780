# api: torch.nn.Embedding
import torch
import torch.nn as nn
m = nn.Embedding(4, 2)
m.weight.data.fill_(1.0)
m.weight.data[0].zero_()
m.weight.data[2:, 1] = -1.0
out = m(torch.tensor([0, 1, 2, 3]))

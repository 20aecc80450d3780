# api: torch.nn.Embedding
import torch
import torch.nn as nn
m = nn.Embedding(4, 2, padding_idx=-1)
pad = m.padding_idx
row = m.weight[3].detach().clone()

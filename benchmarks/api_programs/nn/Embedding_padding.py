# api: torch.nn.Embedding
import torch
import torch.nn as nn
torch.manual_seed(0)
emb = nn.Embedding(10, 3, padding_idx=0)
ids = torch.LongTensor([[0, 2, 4], [9, 0, 1]])
out = emb(ids)
pad_out = out[0, 0]
pad_row = emb.weight[0]
shape = out.shape
del out

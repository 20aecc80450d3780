# api: torch.nn.Embedding
import torch
import torch.nn as nn
emb = nn.Embedding(num_embeddings=6, embedding_dim=4, padding_idx=2)
row = emb.weight[2].detach()
shape = emb.weight.shape
num = emb.num_embeddings
dim = emb.embedding_dim
neg = nn.Embedding(6, 4, padding_idx=-1)
neg_pad = neg.padding_idx
neg_row = neg.weight[5].detach()

# api: torch.matmul
import math
import torch
import torch.nn.functional as F
q = torch.arange(12.0).view(1, 3, 4) / 10
k = torch.arange(12.0).view(1, 3, 4).flip(1) / 10
v = torch.ones(1, 3, 4)
d_k = q.size(-1)
scores = torch.matmul(q, k.transpose(-2, -1)) / math.sqrt(d_k)
causal = torch.tril(torch.ones(3, 3)).bool()
scores = scores.masked_fill(~causal, float("-inf"))
p = F.softmax(scores, dim=-1)
out = p @ v
B, T, C = q.size()

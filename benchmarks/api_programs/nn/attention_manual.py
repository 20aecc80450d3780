# api: torch.matmul
import torch
import math
q = torch.arange(24.).view(1, 2, 3, 4) / 24
k = q.flip(-1)
v = torch.arange(24.).view(1, 2, 3, 4)
d_k = q.size(-1)
scores = q @ k.transpose(-2, -1) / math.sqrt(d_k)
mask = torch.tril(torch.ones(3, 3)).view(1, 1, 3, 3)
scores = scores.masked_fill(mask == 0, float("-inf"))
attn = torch.softmax(scores, dim=-1)
out = torch.matmul(attn, v)
merged = out.transpose(1, 2).contiguous().view(1, 3, -1)
scores2 = torch.einsum("bhqd,bhkd->bhqk", q, k) * d_k ** -0.5
causal = torch.ones(3, 3, dtype=torch.bool).triu(1)
scores2.masked_fill_(causal, -1e9)
attn2 = scores2.softmax(-1)

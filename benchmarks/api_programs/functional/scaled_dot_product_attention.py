# api: torch.nn.functional.scaled_dot_product_attention
import torch
import torch.nn.functional as F
q = torch.arange(8.).reshape(1, 2, 4) / 8
k = torch.ones(1, 3, 4)
v = torch.arange(12.).reshape(1, 3, 4)
out = F.scaled_dot_product_attention(q, k, v)

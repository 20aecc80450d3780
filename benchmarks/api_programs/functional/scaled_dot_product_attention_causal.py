# api: torch.nn.functional.scaled_dot_product_attention
import torch
import torch.nn.functional as F
q = torch.arange(24.).view(1, 2, 3, 4) / 24
k = q.flip(-1)
v = torch.arange(24.).view(1, 2, 3, 4)
a = F.scaled_dot_product_attention(q, k, v)
b = F.scaled_dot_product_attention(q, k, v, is_causal=True)
mask = torch.tensor([[True, False, True], [True, True, False], [True, True, True]])
c = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
d = F.scaled_dot_product_attention(q, k, v, attn_mask=torch.zeros(3, 3), scale=0.5)

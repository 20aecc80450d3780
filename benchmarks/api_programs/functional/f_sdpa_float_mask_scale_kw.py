# api: torch.nn.functional.scaled_dot_product_attention
import torch
import torch.nn.functional as F
q = torch.sin(torch.arange(24.)).reshape(1, 2, 3, 4)
k = torch.cos(torch.arange(32.)).reshape(1, 2, 4, 4)
v = torch.sin(torch.arange(32.) * 0.5).reshape(1, 2, 4, 4)
mask = torch.tensor([[0.0, -1.0, 0.5, float("-inf")]]).expand(3, 4)
a = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, scale=0.3)
b = F.scaled_dot_product_attention(q, k, v, is_causal=True)

# api: torch.nn.functional.scaled_dot_product_attention
import torch
import torch.nn.functional as F
q = torch.sin(torch.arange(2 * 2 * 4 * 3, dtype=torch.float32)).reshape(2, 2, 4, 3)
k = torch.cos(torch.arange(2 * 2 * 4 * 3, dtype=torch.float32)).reshape(2, 2, 4, 3)
v = torch.arange(2 * 2 * 4 * 3, dtype=torch.float32).reshape(2, 2, 4, 3) / 50
causal = F.scaled_dot_product_attention(q, k, v, is_causal=True, dropout_p=0.0)
three_d = F.scaled_dot_product_attention(q[0], k[0], v[0])

# api: torch.nn.functional.scaled_dot_product_attention
import torch
import torch.nn.functional as F
q = torch.sin(torch.arange(24.)).reshape(1, 2, 3, 4)
k = torch.cos(torch.arange(32.)).reshape(1, 2, 4, 4)
v = torch.sin(torch.arange(32.) * 0.5).reshape(1, 2, 4, 4)
mask = torch.tensor([[True, True, False, True], [True, False, True, True], [True, True, True, False]])
out = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
scaled = F.scaled_dot_product_attention(q, k, v, scale=0.1)
float_mask = F.scaled_dot_product_attention(q, k, v, attn_mask=torch.zeros(3, 4) - torch.eye(3, 4))

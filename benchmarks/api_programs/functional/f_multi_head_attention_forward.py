# api: torch.nn.functional.multi_head_attention_forward
import torch
import torch.nn.functional as F
E = 4
q = torch.sin(torch.arange(16.)).reshape(2, 2, E)
w_in = torch.cos(torch.arange(3 * E * E, dtype=torch.float32)).reshape(3 * E, E) * 0.3
b_in = torch.zeros(3 * E)
w_out = torch.eye(E)
b_out = torch.zeros(E)
out, w = F.multi_head_attention_forward(q, q, q, E, 2, w_in, b_in, None, None, False, 0.0, w_out, b_out, training=False)

# api: torch.nn.functional.local_response_norm
import torch
import torch.nn.functional as F
x = torch.arange(2 * 5 * 3, dtype=torch.float32).reshape(2, 5, 3) / 10
a = F.local_response_norm(x, size=3)
b = F.local_response_norm(x.reshape(1, 5, 2, 3), 2, alpha=0.01, beta=0.5, k=2.0)

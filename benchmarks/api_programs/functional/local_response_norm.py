# api: torch.nn.functional.local_response_norm
import torch
import torch.nn.functional as F
x = torch.arange(20.).reshape(1, 5, 2, 2) / 4
y = F.local_response_norm(x, size=3)
y_custom = F.local_response_norm(x, 2, alpha=1e-2, beta=0.5, k=2.0)

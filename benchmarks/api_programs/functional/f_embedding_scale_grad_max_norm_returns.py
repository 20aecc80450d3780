# api: torch.nn.functional.embedding
import torch
import torch.nn.functional as F
w = torch.arange(12.).reshape(4, 3) / 3
out = F.embedding(torch.tensor([[1, 3], [3, 0]]), w, max_norm=1.5, norm_type=2.0)
w_after = w.clone()

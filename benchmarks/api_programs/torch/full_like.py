# api: torch.full_like
import torch
f = torch.full_like(torch.zeros(2, 2), 3.0)
fi = torch.full_like(torch.zeros(2, dtype=torch.int64), 7)

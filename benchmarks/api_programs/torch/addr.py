# api: torch.addr
import torch
vec1 = torch.arange(1., 4.)
vec2 = torch.arange(1., 3.)
out = torch.addr(torch.zeros(3, 2), vec1, vec2)
out_scaled = torch.addr(torch.ones(3, 2), vec1, vec2, beta=2, alpha=0.5)

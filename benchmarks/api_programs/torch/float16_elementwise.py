# api: torch.exp
import torch
h = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float16)
e = torch.exp(h)
s = torch.sqrt(h)
t = torch.tanh(h)
mix = h + torch.tensor([1.0, 1.0, 1.0])
e_dtype = e.dtype
mix_dtype = mix.dtype

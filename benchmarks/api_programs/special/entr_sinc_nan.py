# api: torch.special.entr
import torch
a = torch.special.entr(torch.tensor([float('nan'), float('inf'), 0.25]))
b = torch.special.sinc(torch.tensor([float('nan'), 1e-20, 1e20]))
c = torch.special.sinc(torch.tensor([0, 1, 2]))
c_dtype = c.dtype

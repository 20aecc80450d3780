# api: torch.roll
import torch
x = torch.arange(6).reshape(2, 3)
r = torch.roll(x, 1)
r2 = torch.roll(x, shifts=(1, -1), dims=(0, 1))
r3 = torch.roll(x, -1, dims=1)
f = torch.flip(x, dims=[0, 1])
f1 = torch.flip(x, (-1,))
rot = torch.rot90(x, 1, [0, 1])
rot2 = torch.rot90(x, k=-1, dims=(0, 1))

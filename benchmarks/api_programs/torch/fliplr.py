# api: torch.fliplr
import torch
x = torch.arange(6).reshape(2, 3)
flipped = torch.fliplr(x)
cube = torch.arange(8.).reshape(2, 2, 2)
flipped3 = torch.fliplr(cube)

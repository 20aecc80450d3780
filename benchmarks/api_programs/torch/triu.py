# api: torch.triu
import torch
m = torch.arange(1, 10).reshape(3, 3)
upper = torch.triu(m)
strict = torch.triu(m, 1)
band = torch.triu(m, diagonal=-1)
wide = torch.triu(torch.ones(2, 4))

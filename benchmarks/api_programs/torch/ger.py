# api: torch.ger
import torch
v1 = torch.arange(1., 5.)
v2 = torch.arange(1., 4.)
table = torch.ger(v1, v2)

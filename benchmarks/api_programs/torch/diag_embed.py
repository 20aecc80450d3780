# api: torch.diag_embed
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
mats = torch.diag_embed(x)
shifted = torch.diag_embed(x, offset=1)
swapped = torch.diag_embed(x, offset=-1, dim1=0, dim2=2)

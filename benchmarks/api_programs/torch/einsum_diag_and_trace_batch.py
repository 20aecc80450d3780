# api: torch.einsum
import torch
x = torch.arange(18.0).reshape(2, 3, 3)
a = torch.einsum('bii->bi', x)
b = torch.einsum('bii->b', x)
c = torch.einsum('...ii->...i', x)

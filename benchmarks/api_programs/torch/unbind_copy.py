# api: torch.unbind_copy
import torch
m = torch.arange(6.0).reshape(2, 3)
rows = torch.unbind_copy(m)
cols = torch.unbind_copy(m, dim=1)

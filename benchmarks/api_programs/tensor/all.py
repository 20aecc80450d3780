# api: torch.Tensor.all
import torch
mask = torch.tensor([[True, False, True], [True, True, True]])
every = mask.all()
per_row = mask.all(dim=1)
per_col = mask.all(0, keepdim=True)
nonzero_all = torch.tensor([1, 2, 0]).all()

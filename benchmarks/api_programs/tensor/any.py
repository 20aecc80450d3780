# api: torch.Tensor.any
import torch
flags = torch.tensor([[False, False], [True, False]])
some = flags.any()
rows = flags.any(dim=1)
cols = flags.any(0, keepdim=True)
x = torch.tensor([0.0, -0.5, 0.0])
has_nonzero = x.any()

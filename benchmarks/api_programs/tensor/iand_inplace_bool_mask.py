# api: torch.Tensor.__iand__
import torch
m = torch.tensor([True, True, False])
m &= torch.tensor([True, False, False])
m2 = torch.tensor([False, True, False])
m2 |= torch.tensor([True, False, False])

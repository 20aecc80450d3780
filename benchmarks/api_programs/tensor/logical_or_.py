# api: torch.Tensor.logical_or_
import torch
a = torch.tensor([True, False, False])
a.logical_or_(torch.tensor([False, False, True]))

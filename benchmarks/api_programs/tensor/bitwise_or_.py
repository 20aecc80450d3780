# api: torch.Tensor.bitwise_or_
import torch
perms = torch.tensor([4, 0, 1, 6])
perms.bitwise_or_(2)

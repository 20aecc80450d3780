# api: torch.Tensor.lcm_
import torch
a = torch.tensor([3, 8, 12], dtype=torch.int32)
a.lcm_(torch.tensor([5, 6, 18], dtype=torch.int32))

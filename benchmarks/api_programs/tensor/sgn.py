# api: torch.Tensor.sgn
import torch
z = torch.tensor([3 + 4j, 0j, -2 + 0j])
unit = z.sgn()
signs = torch.tensor([-2.0, 0.0, 5.0]).sgn()

# api: torch.Tensor.div_
import torch
a = torch.tensor([-7, 7, 9])
a.div_(2, rounding_mode="floor")
b = torch.tensor([-7.0, 7.0])
b.div_(2, rounding_mode="trunc")

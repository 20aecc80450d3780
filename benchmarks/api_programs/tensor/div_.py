# api: torch.Tensor.div_
import torch
x = torch.tensor([7.0, -7.0, 9.0, 1.0])
x.div_(2)
y = torch.tensor([7.0, -7.0, 9.0, 1.0])
y.div_(torch.tensor([2.0, 2.0, 4.0, 3.0]), rounding_mode="floor")
z = torch.tensor([[6.0, 9.0], [-5.0, 8.0]])
z.div_(torch.tensor([3.0, 2.0]), rounding_mode="trunc")

# api: torch.Tensor.float_power
import torch
x = torch.tensor([1.0, 2.0, 3.0])
squared = x.float_power(2)
ints = torch.tensor([2, 3, 4]).float_power(0.5)
elementwise = x.float_power(torch.tensor([0.0, -1.0, 2.0]))

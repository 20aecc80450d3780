# api: torch.Tensor.sin
import torch
x = torch.tensor([0.0, 1.5707963, 3.1415927])
y = x.sin()
from_int = torch.arange(3).sin()

# api: torch.Tensor.div_
import torch
x = torch.tensor([[2., 4.], [6., 8.]])
x.div_(2)
y = x.clone()

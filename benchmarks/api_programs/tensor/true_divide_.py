# api: torch.Tensor.true_divide_
import torch
x = torch.tensor([1.0, 3.0, 5.0])
x.true_divide_(2)
y = torch.tensor([6.0, 8.0])
y.true_divide_(torch.tensor([4.0, 0.5]))

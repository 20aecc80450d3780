# api: torch.Tensor.sign_
import torch
x = torch.tensor([-3.0, 0.0, 2.5])
x.sign_()

# api: torch.Tensor.addcdiv_
import torch
param = torch.tensor([0.5, -0.2, 1.0, 0.0])
exp_avg = torch.tensor([0.1, -0.3, 0.2, 0.05])
denom = torch.tensor([0.2, 0.5, 0.4, 0.1]).sqrt().add_(1e-8)
param.addcdiv_(exp_avg, denom, value=-0.01)

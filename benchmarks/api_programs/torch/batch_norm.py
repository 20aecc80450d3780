# api: torch.batch_norm
import torch
x = torch.arange(12.).reshape(2, 3, 2)
weight = torch.tensor([1.0, 0.5, 2.0])
bias = torch.tensor([0.0, 1.0, -1.0])
running_mean = torch.zeros(3)
running_var = torch.ones(3)
train_out = torch.batch_norm(x, weight, bias, running_mean, running_var, True, 0.1, 1e-5, False)
eval_out = torch.batch_norm(x, weight, bias, running_mean, running_var, False, 0.1, 1e-5, False)

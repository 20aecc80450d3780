# api: torch.nn.functional.batch_norm
import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 6.0, 8.0], [0.0, 1.0, 1.0], [3.0, 3.0, 0.0]])
running_mean = torch.zeros(3)
running_var = torch.ones(3)
weight = torch.tensor([1.0, 0.5, 2.0])
bias = torch.tensor([0.0, 1.0, -1.0])
train_out = F.batch_norm(x, running_mean, running_var, weight, bias, training=True, momentum=0.1)
eval_out = F.batch_norm(x, running_mean, running_var)

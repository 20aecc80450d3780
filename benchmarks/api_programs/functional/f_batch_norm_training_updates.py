# api: torch.nn.functional.batch_norm
import torch
import torch.nn.functional as F
x = torch.arange(12.).reshape(4, 3)
rm = torch.zeros(3)
rv = torch.ones(3)
out = F.batch_norm(x, rm, rv, training=True, momentum=0.2)
running_mean = rm
running_var = rv
eval_out = F.batch_norm(x, rm, rv, weight=torch.tensor([1.0, 2.0, 3.0]), bias=torch.zeros(3))

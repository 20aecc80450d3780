# api: torch.nn.functional.instance_norm
import torch
import torch.nn.functional as F
x = torch.arange(2 * 2 * 5, dtype=torch.float32).reshape(2, 2, 5) ** 1.2
rm = torch.zeros(2)
rv = torch.ones(2)
out = F.instance_norm(x, running_mean=rm, running_var=rv, use_input_stats=True, momentum=0.5)
updated = (rm, rv)
w = F.instance_norm(x, weight=torch.tensor([2.0, 0.5]), bias=torch.tensor([1.0, 0.0]), eps=1e-3)

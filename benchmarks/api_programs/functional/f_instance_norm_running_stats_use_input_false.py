# api: torch.nn.functional.instance_norm
import torch
import torch.nn.functional as F
x = torch.sin(torch.arange(24.)).reshape(2, 3, 4)
rm = torch.tensor([0.1, -0.2, 0.3])
rv = torch.tensor([1.5, 0.5, 2.0])
a = F.instance_norm(x, running_mean=rm, running_var=rv, use_input_stats=False)
b = F.instance_norm(x, running_mean=rm.clone(), running_var=rv.clone(), weight=torch.ones(3) * 2, bias=torch.zeros(3), momentum=0.5)

# api: torch.nn.functional.prelu
import torch
import torch.nn.functional as F
x = torch.arange(-6., 6.).reshape(2, 3, 2)
pc = F.prelu(x, torch.tensor([0.1, 0.2, 0.3]))
ps = F.prelu(x, torch.tensor([0.25]))
rr = F.rrelu(x, lower=0.1, upper=0.3, training=False)

# api: torch.nn.Parameter
import torch
import torch.nn as nn
p = nn.Parameter(torch.arange(3.), requires_grad=False)
rg = p.requires_grad
is_param = isinstance(p, nn.Parameter)
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.frozen = nn.Parameter(torch.ones(2), requires_grad=False)
        self.live = nn.Parameter(torch.ones(2))
m = M()
trainable = [n for n, q in m.named_parameters() if q.requires_grad]
all_names = [n for n, _ in m.named_parameters()]
count = sum(q.numel() for q in m.parameters() if q.requires_grad)

# api: torch.Tensor.requires_grad_
import torch
m = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Linear(2, 1))
with torch.no_grad():
    for _i, _p in enumerate(m.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
for _q in m[0].parameters():
    _q.requires_grad = False
trainable = [n for n, _q in m.named_parameters() if _q.requires_grad]
frozen = [n for n, _q in m.named_parameters() if not _q.requires_grad]
m[0].weight.requires_grad_(True)
trainable2 = [n for n, _q in m.named_parameters() if _q.requires_grad]

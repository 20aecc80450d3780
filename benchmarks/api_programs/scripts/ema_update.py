# api: torch.Tensor.mul_
import torch
import copy
model = torch.nn.Linear(2, 2)
with torch.no_grad():
    for _i, _p in enumerate(model.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
ema = copy.deepcopy(model)
with torch.no_grad():
    for _q in model.parameters():
        _q.add_(1.0)
    for _e, _q in zip(ema.parameters(), model.parameters()):
        _e.mul_(0.9).add_(_q, alpha=0.1)
diff = (model.weight - ema.weight).detach()

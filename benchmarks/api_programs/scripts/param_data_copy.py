# api: torch.Tensor.data
import torch
src = torch.nn.Linear(2, 2)
with torch.no_grad():
    for _i, _p in enumerate(src.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
dst = torch.nn.Linear(2, 2)
for _ps, _pd in zip(src.parameters(), dst.parameters()):
    _pd.data.copy_(_ps.data)
eq = all(torch.equal(a, b) for a, b in zip(src.parameters(), dst.parameters()))
tau = 0.5
for _ps, _pd in zip(src.parameters(), dst.parameters()):
    _pd.data.mul_(1 - tau).add_(_ps.data * tau)
w = dst.weight.detach()
w_src = src.weight.detach()

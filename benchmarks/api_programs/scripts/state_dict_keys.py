# api: torch.nn.Module.state_dict
import torch
m = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.ReLU(), torch.nn.Linear(3, 1))
with torch.no_grad():
    for _i, _p in enumerate(m.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
_sd = m.state_dict()
keys = list(_sd.keys())
shapes = {k: tuple(v.shape) for k, v in _sd.items()}
_sd["0.bias"] = torch.zeros(3)
m.load_state_dict(_sd)
bias = m[0].bias.detach()
n_params = sum(_q.numel() for _q in m.parameters())
n_train = sum(_q.numel() for _q in m.parameters() if _q.requires_grad)

# api: torch.nn.Module.load_state_dict
import torch
src = torch.nn.Linear(2, 2)
with torch.no_grad():
    for _i, _p in enumerate(src.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
sd = src.state_dict()
new_sd = {"module." + k: v for k, v in sd.items()}
stripped = {k.replace("module.", ""): v for k, v in new_sd.items()}
dst = torch.nn.Linear(2, 2)
dst.load_state_dict(stripped)
eq = torch.equal(dst.weight, src.weight)
keys = list(stripped)
res = dst.load_state_dict(stripped, strict=False)
missing = list(res.missing_keys)

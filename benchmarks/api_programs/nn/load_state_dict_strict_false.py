# api: torch.nn.Module.load_state_dict
import torch
import torch.nn as nn
src = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
dst = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1), nn.Linear(1, 1))
with torch.no_grad():
    src[0].weight.copy_(torch.arange(6.).reshape(3, 2))
_state = src.state_dict()
_state["extra.weight"] = torch.zeros(1)
res = dst.load_state_dict(_state, strict=False)
missing = sorted(res.missing_keys)
unexpected = sorted(res.unexpected_keys)
copied = dst[0].weight.detach()

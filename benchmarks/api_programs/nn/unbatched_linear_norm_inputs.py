# api: torch.nn.Linear
import torch
import torch.nn as nn
fc = nn.Linear(3, 2)
nn.init.constant_(fc.weight, 0.5)
nn.init.zeros_(fc.bias)
vec_out = fc(torch.tensor([1.0, 2.0, 3.0]))
ln = nn.LayerNorm(3)
ln_vec = ln(torch.tensor([1.0, 2.0, 4.0]))
inorm = nn.InstanceNorm1d(2)
unbatched = inorm(torch.arange(8.).reshape(2, 4) ** 2)
gn = nn.GroupNorm(1, 2)
gn_out = gn(torch.arange(8.).reshape(1, 2, 4))

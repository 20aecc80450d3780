# api: torch.nn.InstanceNorm2d
import torch
import torch.nn as nn
inorm = nn.InstanceNorm2d(2, affine=True, track_running_stats=True)
x = torch.arange(36.).reshape(2, 2, 3, 3) ** 1.3
out = inorm(x)
rm = inorm.running_mean.clone()
inorm.eval()
out_eval = inorm(x)
n_params = len(list(inorm.parameters()))

# api: torch.nn.BatchNorm1d
import torch
import torch.nn as nn
bn = nn.BatchNorm1d(3, momentum=0.5)
x = torch.arange(12.).reshape(4, 3)
for _ in range(3):
    bn(x * 2)
running_mean = bn.running_mean.clone()
running_var = bn.running_var.clone()
tracked = bn.num_batches_tracked.clone()
bn.eval()
eval_out = bn(x)

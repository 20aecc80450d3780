# api: torch.nn.BatchNorm1d.reset_running_stats
import torch
import torch.nn as nn
m = nn.BatchNorm1d(2)
m(torch.arange(8.).reshape(4, 2))
before = m.running_mean.clone()
m.reset_running_stats()
after_mean = m.running_mean
after_var = m.running_var
nbt = m.num_batches_tracked

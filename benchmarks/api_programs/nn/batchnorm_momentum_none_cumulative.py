# api: torch.nn.BatchNorm1d
import torch
import torch.nn as nn
bn = nn.BatchNorm1d(2, momentum=None)
bn(torch.tensor([[1.0, 2.0], [3.0, 6.0]]))
bn(torch.tensor([[5.0, 0.0], [7.0, 2.0]]))
running_mean = bn.running_mean
running_var = bn.running_var
count = bn.num_batches_tracked

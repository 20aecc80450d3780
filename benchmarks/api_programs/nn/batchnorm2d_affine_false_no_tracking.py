# api: torch.nn.BatchNorm2d
import torch
import torch.nn as nn
bn = nn.BatchNorm2d(2, affine=False, track_running_stats=False)
x = torch.arange(32.).reshape(2, 2, 2, 4)
out_train = bn(x)
bn.eval()
out_eval = bn(x)
no_weight = bn.weight is None
no_mean = bn.running_mean is None
n_params = len(list(bn.parameters()))
n_buffers = len(list(bn.buffers()))

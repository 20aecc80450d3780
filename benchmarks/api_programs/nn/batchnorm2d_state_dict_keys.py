# api: torch.nn.BatchNorm2d
import torch
import torch.nn as nn
bn = nn.BatchNorm2d(4)
keys = list(bn.state_dict().keys())
buffer_names = [n for n, _ in bn.named_buffers()]
param_names = [n for n, _ in bn.named_parameters()]
eps = bn.eps
momentum = bn.momentum
num_features = bn.num_features
tracked_dtype = bn.num_batches_tracked.dtype

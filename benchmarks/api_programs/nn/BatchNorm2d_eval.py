# api: torch.nn.BatchNorm2d
import torch
import torch.nn as nn
bn = nn.BatchNorm2d(3, momentum=0.5)
x = torch.arange(48, dtype=torch.float32).reshape(2, 3, 2, 4)
train_out = bn(x)
running_mean = bn.running_mean.clone()
running_var = bn.running_var.clone()
bn.eval()
eval_out = bn(x)
tracked = bn.num_batches_tracked

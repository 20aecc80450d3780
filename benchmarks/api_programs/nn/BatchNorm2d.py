# api: torch.nn.BatchNorm2d
import torch
import torch.nn as nn
bn = nn.BatchNorm2d(2)
x = torch.arange(16.).reshape(2, 2, 2, 2)
y_train = bn(x)
running_mean = bn.running_mean
running_var = bn.running_var
bn.eval()
y_eval = bn(x)

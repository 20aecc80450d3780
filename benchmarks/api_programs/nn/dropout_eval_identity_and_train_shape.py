# api: torch.nn.Dropout
import torch
import torch.nn as nn
drop = nn.Dropout(p=0.3)
x = torch.ones(4, 5)
train_flag = drop.training
train_shape = drop(x).shape
drop.eval()
eval_out = drop(x)
p = drop.p
zero_p = nn.Dropout(0.0)(x)
inplace = nn.Dropout(p=0.5, inplace=True).inplace

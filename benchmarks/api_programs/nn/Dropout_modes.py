# api: torch.nn.Dropout
import torch
import torch.nn as nn
drop = nn.Dropout(p=0.5)
x = torch.ones(100, 10)
train_out = drop(x)
zeros_or_scaled = bool(((train_out == 0) | (train_out == 2)).all())
train_shape = train_out.shape
del train_out
drop.eval()
eval_out = drop(x)
training = drop.training
drop2d = nn.Dropout2d(0.3).eval()(torch.ones(2, 3, 4, 4))

# api: torch.nn.Dropout3d
import torch
import torch.nn as nn
drop = nn.Dropout3d()
x = torch.ones(1, 2, 2, 2, 2)
y_train = drop(x)
train_shape = y_train.shape
train_dtype = y_train.dtype
drop.eval()
y_eval = drop(x)

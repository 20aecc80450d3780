# api: torch.nn.Dropout1d
import torch
import torch.nn as nn
drop = nn.Dropout1d(p=0.4)
x = torch.arange(12.).reshape(2, 3, 2)
_y_train = drop(x)
train_shape = _y_train.shape
drop.eval()
y_eval = drop(x)

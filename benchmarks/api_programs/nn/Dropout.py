# api: torch.nn.Dropout
import torch
import torch.nn as nn
drop = nn.Dropout(0.5)
x = torch.ones(4, 6)
_y_train = drop(x)
train_shape = _y_train.shape
scaled_or_zero = ((_y_train == 0) | (_y_train == 2)).all()
drop.eval()
y_eval = drop(x)

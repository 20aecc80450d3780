# api: torch.nn.functional.dropout1d
import torch
import torch.nn.functional as F
x = torch.ones(2, 4, 5)
y_eval = F.dropout1d(x, p=0.5, training=False)
_y_train = F.dropout1d(x, p=0.5)
train_shape = _y_train.shape
train_values_ok = ((_y_train == 0) | (_y_train == 2)).all()

# api: torch.nn.functional.dropout2d
import torch
import torch.nn.functional as F
x = torch.ones(2, 3, 4, 4)
y_eval = F.dropout2d(x, 0.3, training=False)
_y_train = F.dropout2d(x, p=0.5, training=True)
train_shape = _y_train.shape
train_dtype = _y_train.dtype
nonnegative = (_y_train >= 0).all()

# api: torch.nn.functional.dropout3d
import torch
import torch.nn.functional as F
x = torch.ones(1, 4, 2, 2, 2)
y_eval = F.dropout3d(x, training=False)
_y_train = F.dropout3d(x, p=0.25)
train_shape = _y_train.shape

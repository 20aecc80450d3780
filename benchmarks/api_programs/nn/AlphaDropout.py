# api: torch.nn.AlphaDropout
import torch
import torch.nn as nn
drop = nn.AlphaDropout(p=0.2)
x = torch.tensor([[1.0, -1.0, 0.5], [2.0, 0.0, -0.5]])
_y_train = drop(x)
train_shape = _y_train.shape
drop.eval()
y_eval = drop(x)

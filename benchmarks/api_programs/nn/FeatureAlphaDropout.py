# api: torch.nn.FeatureAlphaDropout
import torch
import torch.nn as nn
drop = nn.FeatureAlphaDropout(p=0.3)
x = torch.arange(16.).reshape(1, 4, 2, 2) / 8
_y_train = drop(x)
train_shape = _y_train.shape
drop.eval()
y_eval = drop(x)

# api: torch.nn.SyncBatchNorm
import torch
import torch.nn as nn
model = nn.Sequential(nn.Conv2d(1, 2, 1, bias=False), nn.BatchNorm2d(2))
nn.init.constant_(model[0].weight, 1.0)
model = nn.SyncBatchNorm.convert_sync_batchnorm(model)
is_sync = isinstance(model[1], nn.SyncBatchNorm)
model.eval()
x = torch.arange(8.).reshape(2, 1, 2, 2)
y = model(x)
sync_bn = nn.SyncBatchNorm(2, momentum=0.2)
sync_bn.eval()
y_direct = sync_bn(torch.arange(16.).reshape(2, 2, 2, 2))

# api: torch.nn.init.constant_
import torch
import torch.nn as nn
net = nn.Sequential(nn.Conv2d(1, 2, 2), nn.BatchNorm2d(2), nn.Linear(3, 2))
for m in net.modules():
    if isinstance(m, nn.Conv2d):
        nn.init.constant_(m.weight, 1)
        nn.init.constant_(m.bias, 0)
    elif isinstance(m, nn.BatchNorm2d):
        nn.init.constant_(m.weight, 2)
        nn.init.constant_(m.bias, -1)
    elif isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.5)
        nn.init.constant_(m.bias, 0.25)
state = {k: v.clone() for k, v in net.state_dict().items() if "num_batches" not in k}
dtypes = [p.dtype for p in net.parameters()]

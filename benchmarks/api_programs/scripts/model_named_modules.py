# api: torch.nn.Module.named_modules
import torch.nn as nn
net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU(), nn.Flatten(), nn.Linear(8, 2))
names = [n for n, _ in net.named_modules()]
convs = [n for n, m in net.named_modules() if isinstance(m, nn.Conv2d)]
bns = sum(1 for m in net.modules() if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d)))
child_types = [type(m).__name__ for m in net.children()]

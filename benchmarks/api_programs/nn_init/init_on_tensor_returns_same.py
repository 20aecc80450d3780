# api: torch.nn.init.zeros_
import torch
import torch.nn as nn
t = torch.ones(2, 3)
r1 = nn.init.zeros_(t)
same1 = r1 is t
r2 = nn.init.ones_(t)
r3 = nn.init.constant_(torch.empty(3), 7.0)
e = nn.init.eye_(torch.empty(3, 3))
d = nn.init.dirac_(torch.empty(2, 2, 3))
values = (t, r3, e, d)

# api: torch.nn.Softplus
import torch
import torch.nn as nn
sp = nn.Softplus(beta=0.5, threshold=10)
vals = sp(torch.tensor([-30.0, -1.0, 0.0, 1.0, 25.0]))
beta = sp.beta
th = nn.Threshold(threshold=1.0, value=0.0)
th_vals = th(torch.tensor([0.5, 1.0, 1.5]))
attrs = (th.threshold, th.value)

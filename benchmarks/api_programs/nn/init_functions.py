# api: torch.nn.init.kaiming_normal_
import torch
import torch.nn as nn
w = torch.empty(64, 32, 3, 3)
nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu")
kaiming_shape = w.shape
kaiming_std_ok = abs(w.std().item() - (2.0 / (64 * 9)) ** 0.5) < 0.01
u = torch.empty(100, 50)
nn.init.xavier_uniform_(u)
bound = (6.0 / 150) ** 0.5
xavier_in_bounds = bool((u.abs() <= bound + 1e-6).all())
t = torch.empty(200, 10)
nn.init.trunc_normal_(t, std=0.02)
trunc_ok = bool((t.abs() <= 2.0).all())
n = torch.empty(1000)
nn.init.normal_(n, mean=1.0, std=0.1)
normal_mean_ok = abs(n.mean().item() - 1.0) < 0.05
c = torch.empty(3, 3)
nn.init.constant_(c, 0.3)
e = torch.empty(3, 3)
nn.init.eye_(e)
z = torch.empty(2)
nn.init.zeros_(z)
conv = nn.Conv2d(3, 8, 3)
conv.weight.data.normal_(0, 0.02)
conv.bias.data.zero_()
conv_bias = conv.bias
lin = nn.Linear(4, 4)
nn.init.orthogonal_(lin.weight)
orth = bool(torch.allclose(lin.weight @ lin.weight.t(), torch.eye(4), atol=1e-5))
del w, u, t, n

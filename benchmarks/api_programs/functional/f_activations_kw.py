# api: torch.nn.functional.leaky_relu
import torch
import torch.nn.functional as F
x = torch.linspace(-2, 2, 7)
lr = F.leaky_relu(x, negative_slope=0.3)
lr_pos = F.leaky_relu(x, 0.05)
elu = F.elu(x, alpha=2.0)
ht = F.hardtanh(x, -0.5, 0.5)
sp = F.softplus(x, beta=3, threshold=1)
g = F.gelu(x, approximate="tanh")
thr = F.threshold(x, 0.1, 20.0)
r6 = F.relu6(x * 4)

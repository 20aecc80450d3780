# api: torch.nn.functional.hardtanh
import torch
import torch.nn.functional as F
x = torch.linspace(-3, 3, 7)
a = F.hardtanh(x, min_val=-0.5, max_val=2.0)
b = F.elu(x, alpha=0.2)
c = F.softplus(x, beta=0.5, threshold=1.0)
d = F.threshold(x, 1.0, 7.0)
e = F.leaky_relu(x, 0.05)
f = F.glu(torch.arange(8.).reshape(2, 4), dim=0)
g = F.gelu(x, approximate="tanh")
h = F.rrelu(x, 0.2, 0.4, training=False)
i = F.softmin(torch.arange(6.).reshape(2, 3), dim=0)
j = F.log_softmax(torch.arange(6.).reshape(2, 3), dim=1, dtype=torch.float64)

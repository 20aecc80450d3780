# api: torch.nn.functional.relu
import torch
import torch.nn.functional as F
x = torch.linspace(-1, 1, 5)
a = x.clone()
F.relu(a, inplace=True)
relu_inplace = a
b = x.clone()
F.elu(b, alpha=0.5, inplace=True)
elu_inplace = b
c = x.clone()
F.leaky_relu(c, 0.2, True)
leaky_inplace = c
d = x.clone()
F.hardtanh(d, -0.5, 0.5, True)
ht_inplace = d

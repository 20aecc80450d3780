# api: torch.nn.Linear
import torch
import torch.nn as nn
fc = nn.Linear(in_features=3, out_features=2, bias=False)
with torch.no_grad():
    fc.weight.copy_(torch.tensor([[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]]))
out = fc(torch.arange(6.).reshape(2, 3))
in_f = fc.in_features
out_f = fc.out_features
bias_none = fc.bias is None
n_params = len(list(fc.parameters()))
names = [n for n, _ in fc.named_parameters()]

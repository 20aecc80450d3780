# api: torch.nn.GRU
import torch
torch.manual_seed(0)
rnn = torch.nn.GRU(3, 4, batch_first=True)
with torch.no_grad():
    for _i, _p in enumerate(rnn.parameters()):
        _p.copy_(torch.linspace(-0.5, 0.5, _p.numel()).view_as(_p) * (_i + 1) / 2)
x = torch.ones(2, 5, 3)
out, h = rnn(x)
out_shape = out.shape
h_shape = h.shape
last = out[:, -1, :].shape

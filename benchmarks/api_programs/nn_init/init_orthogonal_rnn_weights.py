# api: torch.nn.init.orthogonal_
import torch
import torch.nn as nn
lstm = nn.LSTM(4, 4)
for name, p in lstm.named_parameters():
    if "weight_hh" in name:
        for _chunk in p.data.chunk(4, 0):
            nn.init.orthogonal_(_chunk)
    elif "bias" in name:
        nn.init.zeros_(p)
gates = lstm.weight_hh_l0.detach().chunk(4, 0)
orth = [torch.allclose(g @ g.t(), torch.eye(4), atol=1e-5) for g in gates]
bias_sum = lstm.bias_ih_l0.sum()

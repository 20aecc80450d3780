# api: torch.nn.LSTM
import torch
import torch.nn as nn
m = nn.LSTM(2, 2, num_layers=2)
for name, param in m.named_parameters():
    if "weight_ih" in name:
        nn.init.constant_(param, 0.1)
    elif "weight_hh" in name:
        nn.init.eye_(param[:2])
        nn.init.zeros_(param[2:])
    elif "bias" in name:
        param.data.fill_(0)
        param.data[2:4].fill_(1.0)
out, (h, c) = m(torch.sin(torch.arange(8.)).reshape(2, 2, 2))
w_hh = m.weight_hh_l1.detach().clone()

# api: torch.nn.LSTM
import torch
import torch.nn as nn
a = nn.LSTM(2, 4, num_layers=3)
b = nn.LSTM(2, 4, num_layers=2, bidirectional=True, batch_first=True)
_oa, (_ha, _ca) = a(torch.zeros(5, 3, 2))
_ob, (_hb, _cb) = b(torch.zeros(3, 5, 2))
shapes = [_oa.shape, _ha.shape, _ca.shape, _ob.shape, _hb.shape, _cb.shape]

# api: torch.nn.LSTM
import torch
import torch.nn as nn
lstm = nn.LSTM(2, 3)
with torch.no_grad():
    for param in lstm.parameters():
        param.copy_(torch.linspace(-0.3, 0.3, param.numel()).reshape(param.shape))
seq = torch.arange(8.).reshape(4, 1, 2) / 8
output, (h_n, c_n) = lstm(seq)
bi = nn.LSTM(input_size=2, hidden_size=4, num_layers=2, batch_first=True, bidirectional=True)
_bi_out, (_bi_h, _bi_c) = bi(torch.ones(3, 5, 2))
bi_shapes = (_bi_out.shape, _bi_h.shape, _bi_c.shape)

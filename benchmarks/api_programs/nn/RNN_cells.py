# api: torch.nn.LSTMCell
import torch
import torch.nn as nn
cell = nn.LSTMCell(2, 3)
gcell = nn.GRUCell(2, 3)
rnn = nn.RNN(2, 3, batch_first=True, nonlinearity="tanh")
for m in (cell, gcell, rnn):
    for p in m.parameters():
        nn.init.constant_(p, 0.1)
x = torch.arange(6.).view(3, 2) / 6
h, c = cell(x)
h2, c2 = cell(x, (h, c))
g = gcell(x)
out, hn = rnn(x.unsqueeze(0))
lstm = nn.LSTM(2, 3, num_layers=1, bidirectional=True)
for p in lstm.parameters():
    nn.init.constant_(p, -0.05)
seq, (lh, lc) = lstm(x.unsqueeze(1), (torch.zeros(2, 1, 3), torch.ones(2, 1, 3)))

# api: torch.nn.RNN
import torch
import torch.nn as nn
rnn = nn.RNN(3, 4, batch_first=True)
out, h = rnn(torch.ones(2, 5, 3))
results = {"out": out.shape, "h": h.shape}

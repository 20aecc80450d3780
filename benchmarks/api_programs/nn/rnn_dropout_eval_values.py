# api: torch.nn.LSTM
import torch
import torch.nn as nn
lstm = nn.LSTM(2, 3, num_layers=2, dropout=0.5, batch_first=True)
with torch.no_grad():
    for i, p in enumerate(lstm.parameters()):
        p.copy_(torch.sin(torch.arange(p.numel(), dtype=torch.float32) + i).reshape(p.shape) * 0.4)
lstm.eval()
x = torch.cos(torch.arange(12.)).reshape(2, 3, 2)
out, (h, c) = lstm(x)
out2, _ = lstm(x)
deterministic = torch.equal(out, out2)

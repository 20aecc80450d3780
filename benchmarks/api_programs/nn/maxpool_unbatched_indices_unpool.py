# api: torch.nn.MaxUnpool2d
import torch
import torch.nn as nn
pool = nn.MaxPool2d(2, stride=2, return_indices=True)
unpool = nn.MaxUnpool2d(2, stride=2)
x = torch.tensor([[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0], [9.0, 10.0, 11.0, 12.0], [13.0, 14.0, 15.0, 16.0]]])
out, idx = pool(x.unsqueeze(0))
restored = unpool(out, idx)
pool1 = nn.MaxPool1d(2, return_indices=True)
v, i = pool1(torch.tensor([[[4.0, 2.0, 9.0, 1.0, 3.0, 8.0]]]))
back1 = nn.MaxUnpool1d(2)(v, i, output_size=[1, 1, 7])

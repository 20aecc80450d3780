# api: torch.nn.Fold
import torch
import torch.nn as nn
unfold = nn.Unfold(kernel_size=(2, 3), dilation=(1, 2), padding=1, stride=(2, 1))
fold = nn.Fold(output_size=(5, 6), kernel_size=(2, 3), dilation=(1, 2), padding=1, stride=(2, 1))
x = torch.arange(60.).reshape(1, 2, 5, 6)
cols = unfold(x)
back = fold(cols)
ones = fold(unfold(torch.ones(1, 2, 5, 6)))

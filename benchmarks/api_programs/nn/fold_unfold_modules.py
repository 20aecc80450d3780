# api: torch.nn.Unfold
import torch
import torch.nn as nn
unfold = nn.Unfold(kernel_size=2, dilation=2, padding=1, stride=(1, 2))
x = torch.arange(2 * 2 * 4 * 5, dtype=torch.float32).reshape(2, 2, 4, 5)
cols = unfold(x)
fold = nn.Fold(output_size=(4, 5), kernel_size=2, dilation=2, padding=1, stride=(1, 2))
back = fold(cols)
divisor = fold(unfold(torch.ones_like(x)))

# api: torch.nn.functional.conv_transpose2d
import torch
import torch.nn.functional as F
x = torch.sin(torch.arange(32.)).reshape(1, 2, 4, 4)
w = torch.cos(torch.arange(2 * 1 * 3 * 3.)).reshape(2, 1, 3, 3)
a = F.conv_transpose2d(x, w, stride=2, padding=1, output_padding=1, groups=2, dilation=1)
b = F.conv_transpose2d(x, w, bias=torch.tensor([0.5, -0.5]), stride=(2, 3), dilation=2, groups=2)

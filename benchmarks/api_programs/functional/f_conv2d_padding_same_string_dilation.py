# api: torch.nn.functional.conv2d
import torch
import torch.nn.functional as F
x = torch.sin(torch.arange(50.)).reshape(1, 2, 5, 5)
w = torch.cos(torch.arange(2 * 2 * 2 * 4.)).reshape(2, 2, 2, 4)
a = F.conv2d(x, w, padding="same", dilation=(2, 1))
b = F.conv2d(x, w, None, 1, "valid")

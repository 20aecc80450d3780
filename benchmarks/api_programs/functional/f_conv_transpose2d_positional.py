# api: torch.nn.functional.conv_transpose2d
import torch
import torch.nn.functional as F
x = torch.arange(8.).reshape(1, 2, 2, 2)
w = torch.arange(2 * 3 * 2 * 2, dtype=torch.float32).reshape(2, 3, 2, 2) / 10
out = F.conv_transpose2d(x, w, None, 2, 0, 1)
out_pad = F.conv_transpose2d(x, w, stride=2, padding=1, output_padding=1)

# api: torch.nn.functional.conv3d
import torch
import torch.nn.functional as F
x = torch.arange(2 * 3 * 3 * 3, dtype=torch.float32).reshape(1, 2, 3, 3, 3) / 20
w = torch.linspace(-1, 1, 4 * 2 * 2 * 2 * 2).reshape(4, 2, 2, 2, 2)
out = F.conv3d(x, w, bias=torch.tensor([0.1, 0.2, 0.3, 0.4]), padding=1, stride=2)
wt = torch.linspace(-1, 1, 2 * 3 * 2 * 2 * 2).reshape(2, 3, 2, 2, 2)
up = F.conv_transpose3d(x, wt, stride=2, padding=1, output_padding=1)

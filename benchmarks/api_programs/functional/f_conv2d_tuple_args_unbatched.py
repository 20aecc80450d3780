# api: torch.nn.functional.conv2d
import torch
import torch.nn.functional as F
x = torch.arange(2 * 5 * 6, dtype=torch.float32).reshape(2, 5, 6) / 10
w = torch.ones(3, 2, 2, 3) / 6
out = F.conv2d(x, w, stride=(1, 2), padding=(1, 0))
valid = F.conv2d(x.unsqueeze(0), w, padding="valid", dilation=(2, 1))

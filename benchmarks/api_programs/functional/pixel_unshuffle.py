# api: torch.nn.functional.pixel_unshuffle
import torch
import torch.nn.functional as F
y = F.pixel_unshuffle(torch.arange(16.).reshape(1, 1, 4, 4), 2)

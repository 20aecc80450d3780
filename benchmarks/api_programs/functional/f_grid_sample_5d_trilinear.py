# api: torch.nn.functional.grid_sample
import torch
import torch.nn.functional as F
inp = torch.arange(27.).reshape(1, 1, 3, 3, 3)
grid = torch.tensor([[[[[0.0, 0.0, 0.0], [0.5, -0.5, 0.25]]]]])
a = F.grid_sample(inp, grid, mode="bilinear", align_corners=True)
b = F.grid_sample(inp, grid, mode="nearest", align_corners=False)

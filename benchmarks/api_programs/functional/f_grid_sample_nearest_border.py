# api: torch.nn.functional.grid_sample
import torch
import torch.nn.functional as F
inp = torch.arange(16.).reshape(1, 1, 4, 4)
grid = torch.tensor([[[[-1.2, -1.0], [0.1, 0.3]], [[0.9, 1.4], [-0.5, 0.6]]]])
a = F.grid_sample(inp, grid, mode="nearest", padding_mode="border", align_corners=False)
b = F.grid_sample(inp, grid, mode="bilinear", padding_mode="zeros", align_corners=True)
c = F.grid_sample(inp, grid, mode="bilinear", padding_mode="reflection", align_corners=False)

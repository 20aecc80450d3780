# api: torch.nn.functional.affine_grid
import math
import torch
import torch.nn.functional as F
t = math.pi / 6
theta = torch.tensor([[[math.cos(t), -math.sin(t), 0.1], [math.sin(t), math.cos(t), -0.2]]])
grid = F.affine_grid(theta, [1, 1, 4, 5], align_corners=False)
grid_ac = F.affine_grid(theta, (1, 1, 4, 5), align_corners=True)
img = torch.arange(20.).reshape(1, 1, 4, 5)
warped = F.grid_sample(img, grid, align_corners=False)

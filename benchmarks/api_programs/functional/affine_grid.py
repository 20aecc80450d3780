# api: torch.nn.functional.affine_grid
import math
import torch
import torch.nn.functional as F
angle = math.pi / 6
theta = torch.tensor([[[math.cos(angle), -math.sin(angle), 0.25],
                       [math.sin(angle), math.cos(angle), -0.1]]])
grid = F.affine_grid(theta, (1, 3, 4, 5), align_corners=False)
grid_corners = F.affine_grid(theta, [1, 3, 2, 3], align_corners=True)
img = torch.arange(60.).reshape(1, 3, 4, 5)
rotated = F.grid_sample(img, grid, align_corners=False)
